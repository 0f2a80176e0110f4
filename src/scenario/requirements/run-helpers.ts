import type { DesignContext } from '../../rules/context.ts';
import type { Fault, MessageRecord, SimulationResult, TraceEntry } from '../../sim/types.ts';
import { type JudgeInput, notJudged, type Outcome } from './result.ts';

/** Trace entries kept on a requirement result, enough to replay what went wrong. */
export const TRACE_LIMIT = 60;

/** A behavioural requirement cannot be judged without a run: says so plainly. */
export function withoutRun(input: JudgeInput): Outcome | undefined {
  if (input.run) return undefined;
  return notJudged({
    message: `The simulation could not run${input.runError ? `: ${input.runError}` : ''}, so this could not be shown.`,
    why: 'Behaviour is judged from what the design does under the scenario\'s traffic and faults.',
    fix: 'Fix the problems the simulation reported, then validate again.',
    nodes: [],
    edges: [],
  });
}

export function messagesOf(run: SimulationResult, stream: string | undefined): MessageRecord[] {
  return stream === undefined ? run.messages : run.messages.filter((record) => record.stream === stream);
}

/** A message a poison-message fault makes fail on purpose. */
export function isFaulty(record: MessageRecord, faults: readonly Fault[]): boolean {
  return faults.some(
    (fault) =>
      fault.type === 'poison-message' &&
      (fault.stream === undefined || fault.stream === record.stream) &&
      record.attributes[fault.attribute] === fault.value,
  );
}

/** How a message is named in explanations: an attribute (orderId) if the scenario names one. */
export function nameOf(record: MessageRecord, messageName: string | undefined): string {
  return (messageName !== undefined ? record.attributes[messageName] : undefined) ?? record.id;
}

/** A message named on its own in a sentence: "orderId 137", or its id. */
export function labelOf(record: MessageRecord, messageName: string | undefined): string {
  const value = messageName !== undefined ? record.attributes[messageName] : undefined;
  return value !== undefined ? `${messageName} ${value}` : record.id;
}

/** The trace entries about some messages, in time order, bounded. */
export function traceOf(run: SimulationResult, messageIds: readonly string[]): TraceEntry[] {
  const ids = new Set(messageIds);
  return run.trace.filter((entry) => entry.message !== undefined && ids.has(entry.message)).slice(0, TRACE_LIMIT);
}

/** Nodes and edges a stretch of trace passes through (only those in the design). */
export function involved(context: DesignContext, trace: readonly TraceEntry[]): { nodes: string[]; edges: string[] } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const edgeKeys = new Set(context.edges.map((edge) => context.edgeKey(edge)));
  for (const entry of trace) {
    if (context.node(entry.node)) nodes.add(entry.node);
    if (entry.edge !== undefined && edgeKeys.has(entry.edge)) edges.add(entry.edge);
  }
  return { nodes: [...nodes], edges: [...edges] };
}

/** Nearest-rank percentile of a list of numbers (0 for an empty list). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  if (p >= 100) return sorted[sorted.length - 1]!;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The window a fault is active in, in virtual ms. */
export function faultWindow(fault: Fault, runEndMs: number): { from: number; to: number } {
  switch (fault.type) {
    case 'node-failure':
    case 'az-failure':
      return { from: fault.atSeconds * 1000, to: fault.recoverSeconds !== undefined ? fault.recoverSeconds * 1000 : runEndMs };
    case 'burst':
      return { from: fault.atSeconds * 1000, to: (fault.atSeconds + fault.durationSeconds) * 1000 };
    case 'consumer-errors':
      return { from: fault.fromSeconds * 1000, to: fault.toSeconds !== undefined ? fault.toSeconds * 1000 : runEndMs };
    case 'poison-message':
      return { from: 0, to: runEndMs };
    case 'deploy':
    case 'promote-replica':
      return { from: fault.atSeconds * 1000, to: runEndMs };
    case 'metric-breach':
      return { from: fault.atSeconds * 1000, to: (fault.atSeconds + fault.durationSeconds) * 1000 };
  }
}

export function describeFault(fault: Fault): string {
  switch (fault.type) {
    case 'node-failure':
      return `the failure of ${fault.node ?? `every ${fault.kind ?? 'node'}`}`;
    case 'az-failure':
      return `the outage of Availability Zone ${fault.az}`;
    case 'burst':
      return `the ${fault.multiplier}× burst`;
    case 'consumer-errors':
      return `the consumer errors (${Math.round(fault.rate * 100)}% of attempts)`;
    case 'poison-message':
      return `the poison message (${fault.attribute} = ${fault.value})`;
    case 'deploy':
      return `the ${fault.failing ? 'failing ' : ''}deployment to ${fault.node ?? 'every environment'}${fault.swapTo ? ` (blue/green via ${fault.swapTo})` : ''}`;
    case 'promote-replica':
      return `the promotion of ${fault.node}`;
    case 'metric-breach':
      return `the metric breach at ${fault.node ?? 'every alarm'}`;
  }
}

/** The nodes a run's load shows throttling, most throttled first. */
export function throttledNodes(run: SimulationResult): Array<{ node: string; throttled: number }> {
  return Object.entries(run.metrics.load)
    .filter(([, load]) => load.throttled > 0)
    .map(([node, load]) => ({ node, throttled: load.throttled }))
    .sort((a, b) => b.throttled - a.throttled || a.node.localeCompare(b.node));
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}
