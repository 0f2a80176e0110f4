import { type DesignEdge, edgeKey } from '../../design/schema.ts';
import type { TraceEntry } from '../types.ts';

/** Events that mean something went wrong: always kept, with the entries just before them. */
export const FAILURE_EVENTS = new Set([
  'maxReceivesReached',
  'movedToDeadLetterQueue',
  'sentToDestination',
  'eventLost',
  'retentionPeriodExpired',
  'duplicateDelivered',
  'processedOutOfOrder',
  'throttled',
  'staleRead',
  'invocationTimedOut',
  'processingFailed',
  'sendRejected',
  'nodeFailed',
  'azFailed',
  'failoverStarted',
  'failoverCompleted',
  'cacheLost',
  'shardBlocked',
  'provisionedThroughputExceeded',
  'visibilityTimeoutExpired',
  'serviceUnavailable',
  'gatewayTimeout',
  'sessionLost',
  'instanceUnhealthy',
  'instanceTerminated',
  'instanceInService',
  'capacityDipped',
  'writeRefused',
  'deploymentFailed',
  'rolledBack',
  'stepFailed',
  'alarmFired',
  'accessDenied',
  'stageFailed',
]);

export interface TraceLimits {
  /** Entries kept from the start of the run. */
  first: number;
  /** Entries kept before each failure entry, for context. */
  context: number;
  /** Hard cap on all entries. */
  max: number;
  /** Entries kept per failure event (e.g. the first 500 stale reads), so one frequent failure cannot crowd out the rest. */
  perFailureEvent: number;
}

export const DEFAULT_TRACE_LIMITS: TraceLimits = { first: 2_000, context: 4, max: 20_000, perFailureEvent: 500 };

/** Keeps the first entries and every failure with a little context, so a run replays in bounded memory. */
export class TraceRecorder {
  private readonly kept: TraceEntry[] = [];
  /** The last routine entries, as raw fields in a ring (no object per entry until a failure needs them). */
  private readonly ringT: number[] = [];
  private readonly ringNode: string[] = [];
  private readonly ringEvent: string[] = [];
  private readonly ringMessage: Array<string | undefined> = [];
  private readonly ringDetail: Array<string | undefined> = [];
  private readonly ringEdge: Array<DesignEdge | undefined> = [];
  private ringStart = 0;
  private ringLength = 0;
  private readonly failuresKept = new Map<string, number>();

  constructor(private readonly limits: TraceLimits = DEFAULT_TRACE_LIMITS) {}

  /** Whether an ordinary (non-failure) entry would be kept or feed context: lets hot paths skip building it. */
  get wantsRoutine(): boolean {
    return this.kept.length < this.limits.first || this.limits.context > 0;
  }

  /** Whether an entry for this event would be kept now: lets hot paths skip building it. */
  accepts(event: string): boolean {
    if (this.kept.length >= this.limits.max) return false;
    if (FAILURE_EVENTS.has(event)) return (this.failuresKept.get(event) ?? 0) < this.limits.perFailureEvent;
    return this.wantsRoutine;
  }

  record(entry: TraceEntry): void {
    this.add(entry.t, entry.node, entry.event, entry.message, entry.detail, undefined, entry.edge);
  }

  /** Records an entry from its fields; routine entries past the first N only go to the context ring. */
  add(t: number, node: string, event: string, message: string | undefined, detail: string | undefined, edge: DesignEdge | undefined, edgeName?: string): void {
    if (this.kept.length >= this.limits.max) return;
    if (FAILURE_EVENTS.has(event)) {
      const count = (this.failuresKept.get(event) ?? 0) + 1;
      if (count > this.limits.perFailureEvent) return;
      this.failuresKept.set(event, count);
      this.flushContext();
      this.keep(entryOf(t, node, event, message, detail, edgeName ?? (edge ? edgeKey(edge) : undefined)));
      return;
    }
    if (this.kept.length < this.limits.first) {
      this.keep(entryOf(t, node, event, message, detail, edgeName ?? (edge ? edgeKey(edge) : undefined)));
      return;
    }
    const size = this.limits.context;
    if (size === 0) return;
    const slot = (this.ringStart + this.ringLength) % size;
    this.ringT[slot] = t;
    this.ringNode[slot] = node;
    this.ringEvent[slot] = event;
    this.ringMessage[slot] = message;
    this.ringDetail[slot] = detail;
    this.ringEdge[slot] = edge;
    if (this.ringLength < size) this.ringLength++;
    else this.ringStart = (this.ringStart + 1) % size;
  }

  private flushContext(): void {
    const size = this.limits.context;
    for (let i = 0; i < this.ringLength; i++) {
      const slot = (this.ringStart + i) % size;
      const edge = this.ringEdge[slot];
      this.keep(entryOf(this.ringT[slot]!, this.ringNode[slot]!, this.ringEvent[slot]!, this.ringMessage[slot], this.ringDetail[slot], edge ? edgeKey(edge) : undefined));
    }
    this.ringStart = 0;
    this.ringLength = 0;
  }

  /** Entries in time order (failures found after the run, like out-of-order, are inserted by time). */
  entries(): TraceEntry[] {
    return this.kept.map((entry, index) => ({ entry, index })).sort((a, b) => a.entry.t - b.entry.t || a.index - b.index).map(({ entry }) => entry);
  }

  private keep(entry: TraceEntry): void {
    if (this.kept.length >= this.limits.max) return;
    this.kept.push(entry);
  }
}

function entryOf(t: number, node: string, event: string, message: string | undefined, detail: string | undefined, edge: string | undefined): TraceEntry {
  const entry: TraceEntry = { t, node, event };
  if (message !== undefined) entry.message = message;
  if (detail !== undefined) entry.detail = detail;
  if (edge !== undefined) entry.edge = edge;
  return entry;
}
