import type { DesignEdge, DesignNode } from '../../design/schema.ts';
import type { DesignContext } from '../../rules/context.ts';
import type { NodeLoad, SimulationSettings } from '../types.ts';
import type { AggregatedStream } from './aggregated-requests.ts';
import type { Behaviour } from './behaviour.ts';
import { LatencyHistogram } from './latency.ts';
import { emptyLoad } from './load.ts';
import type { SimMessage } from './message.ts';
import { SeededRandom } from './random.ts';
import { Scheduler } from './scheduler.ts';
import { TraceRecorder } from './trace.ts';
import type { Reply, Work } from './work.ts';

/** Counters every behaviour adds to; metrics are computed from them at the end. */
export interface RunCounters {
  throttles: number;
  staleReads: number;
  maxStalenessMs: number;
  /** Requests answered to a client (reads, writes, synchronous calls) and those answered successfully. */
  requests: number;
  requestsOk: number;
}

/** Lambda's Regional pool: 1,000 concurrent executions by default, shared by unreserved functions. */
export interface LambdaAccount {
  limit: number;
  reserved: number;
  unreservedInUse: number;
}

/** Everything a behaviour may touch: the clock, chance, the design, the trace and the counters. */
export class SimWorld {
  readonly clock = new Scheduler();
  readonly random: SeededRandom;
  readonly trace = new TraceRecorder();
  readonly design: DesignContext;
  readonly behaviours = new Map<string, Behaviour>();
  readonly loads = new Map<string, NodeLoad>();
  readonly messages: SimMessage[] = [];
  readonly latency = new LatencyHistogram();
  readonly counters: RunCounters = { throttles: 0, staleReads: 0, maxStalenessMs: 0, requests: 0, requestsOk: 0 };
  readonly lambdaAccount: LambdaAccount = { limit: 1_000, reserved: 0, unreservedInUse: 0 };
  private readonly slots = new Map<string, number>();

  /** The slot of an item key: small integers, the same for the same key across streams and stores. */
  slotOf(key: string): number {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(key, slot);
    }
    return slot;
  }

  /** Totals of read and write streams simulated without per-request records. */
  readonly aggregated = new Map<string, AggregatedStream>();
  /** Virtual ms when the scenario's traffic stops (the drain starts). */
  trafficEndsAt = 0;

  constructor(
    design: DesignContext,
    readonly settings: SimulationSettings,
  ) {
    this.design = design;
    this.random = new SeededRandom(settings.seed);
    this.hasConsumerErrors = settings.faults.some((fault) => fault.type === 'consumer-errors');
  }

  /** Whether any consumer-errors fault exists (hot paths skip the lookup otherwise). */
  readonly hasConsumerErrors: boolean;

  get now(): number {
    return this.clock.now;
  }

  after(delayMs: number, run: () => void): void {
    this.clock.after(delayMs, run);
  }

  at(time: number, run: () => void): void {
    this.clock.at(time, run);
  }

  load(nodeId: string): NodeLoad {
    let load = this.loads.get(nodeId);
    if (!load) {
      load = emptyLoad();
      this.loads.set(nodeId, load);
    }
    return load;
  }

  config(node: DesignNode): Record<string, unknown> {
    return this.design.config(node);
  }

  edgeConfig(edge: DesignEdge): Record<string, unknown> {
    return this.design.edgeConfig(edge);
  }

  log(t: number, node: string, event: string, message?: SimMessage, detail?: string, edge?: DesignEdge): void {
    this.trace.add(t, node, event, message?.record.id, detail, edge);
  }

  /** Hands work to the node at the end of an edge; a node without behaviour answers at once. */
  deliver(edge: DesignEdge, work: Work, reply: Reply): void {
    const behaviour = this.behaviours.get(edge.to);
    this.load(edge.to).received += work.messages.length;
    if (!behaviour) {
      reply({ ok: true, doneAt: work.at, answeredBy: edge.to });
      return;
    }
    behaviour.receive(work, reply);
  }

  /** The share of processing attempts at a node that fail at time t (consumer-errors faults). */
  consumerErrorRate(nodeId: string, t: number): number {
    let rate = 0;
    for (const fault of this.settings.faults) {
      if (fault.type !== 'consumer-errors') continue;
      if (fault.node !== undefined && fault.node !== nodeId) continue;
      if (t < fault.fromSeconds * 1000 || (fault.toSeconds !== undefined && t >= fault.toSeconds * 1000)) continue;
      rate = Math.max(rate, fault.rate);
    }
    return rate;
  }

  /** Records a client's answer: success, staleness, and latency (the run's percentiles count successful answers only; a failure counts against availability). */
  answerClient(message: SimMessage, latencyMs: number, ok: boolean, staleMs = 0): void {
    this.counters.requests++;
    if (ok) {
      this.counters.requestsOk++;
      this.latency.add(latencyMs);
    }
    message.record.latencyMs = latencyMs;
    if (staleMs > 0) {
      message.record.staleMs = staleMs;
      this.noteStale(staleMs);
    } else if (message.operation === 'read') message.record.staleMs = 0;
  }

  noteStale(staleMs: number): void {
    this.counters.staleReads++;
    if (staleMs > this.counters.maxStalenessMs) this.counters.maxStalenessMs = staleMs;
  }

  /** The Availability Zone a node runs in; Multi-AZ behaviours place copies in "b" themselves. */
  azOf(node: DesignNode): string {
    const config = this.config(node);
    const az = config.AvailabilityZone ?? config.PreferredAvailabilityZone;
    return typeof az === 'string' && az.length > 0 ? az.slice(-1) : 'a';
  }
}
