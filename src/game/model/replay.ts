import type { RequirementResult, TraceEntry } from '../../bridge.ts';

/** How an event looks in the replay: green for work done, red for something that went wrong, blue for the way there. */
export type Tone = 'ok' | 'failed' | 'info';

const FAILED = /fail|lost|expired|throttl|exceed|rejected|denied|unavailable|timeout|timedout|outoforder|duplicate|dead|maxreceives|stale|blocked|unhealthy|terminated|rolledback/i;
const OK = /^(processed|delivered|executionSucceeded|recovered|promoted|instanceInService|failoverCompleted|sentToDestination)$/;

export function toneOf(event: string): Tone {
  if (FAILED.test(event)) return 'failed';
  if (OK.test(event)) return 'ok';
  return 'info';
}

export interface ReplayEvent extends TraceEntry {
  tone: Tone;
}

/** The moment a failed requirement went wrong, with the parts it involves. */
export interface ReplayFailure {
  requirement: string;
  label: string;
  t: number;
  nodes: string[];
  edges: string[];
}

export interface Replay {
  events: ReplayEvent[];
  startMs: number;
  endMs: number;
  failures: ReplayFailure[];
}

/**
 * A timeline of the run from what the engine traced for each requirement: every event once, in
 * time order, and each failed requirement's first event that went wrong. Undefined when nothing was traced.
 */
export function buildReplay(requirements: readonly RequirementResult[]): Replay | undefined {
  const seen = new Set<string>();
  const events: ReplayEvent[] = [];
  for (const requirement of requirements) {
    for (const entry of requirement.trace ?? []) {
      const key = `${entry.t}|${entry.node}|${entry.event}|${entry.message ?? ''}|${entry.edge ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({ ...entry, tone: toneOf(entry.event) });
    }
  }
  if (events.length === 0) return undefined;
  events.sort((a, b) => a.t - b.t);
  const failures = requirements
    .filter((requirement) => !requirement.passed && (requirement.trace?.length ?? 0) > 0)
    .map((requirement) => {
      const trace = requirement.trace!;
      const wrong = trace.find((entry) => toneOf(entry.event) === 'failed') ?? trace[trace.length - 1]!;
      return { requirement: requirement.id, label: requirement.label, t: wrong.t, nodes: requirement.nodes, edges: requirement.edges };
    });
  return { events, startMs: events[0]!.t, endMs: events[events.length - 1]!.t, failures };
}

/** A message travelling along an edge: how far it got (0..1) and how its event turned out. */
export interface Pulse {
  edge: string;
  progress: number;
  tone: Tone;
}

export interface ReplayFrame {
  pulses: Pulse[];
  /** Nodes with an event in the window: lit on the canvas. */
  nodes: string[];
  /** The latest event at or before t, for the caption. */
  current?: ReplayEvent;
}

/** What the canvas shows at time t: each event within `windowMs` before t, its message part-way along its edge. */
export function frameAt(replay: Replay, t: number, windowMs: number): ReplayFrame {
  const pulses: Pulse[] = [];
  const nodes = new Set<string>();
  let current: ReplayEvent | undefined;
  for (const event of replay.events) {
    if (event.t > t) break;
    current = event;
    if (t - event.t > windowMs) continue;
    nodes.add(event.node);
    if (event.edge) pulses.push({ edge: event.edge, progress: windowMs > 0 ? (t - event.t) / windowMs : 1, tone: event.tone });
  }
  return { pulses, nodes: [...nodes], ...(current ? { current } : {}) };
}
