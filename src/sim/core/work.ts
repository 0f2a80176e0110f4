import type { DesignEdge } from '../../design/schema.ts';
import type { SimMessage } from './message.ts';

/** How the caller waits: a synchronous call, an asynchronous event, or a poller's batch. */
export type Invocation = 'sync' | 'async' | 'batch';

/** Messages or requests arriving at a node over an edge. */
export interface Work {
  messages: SimMessage[];
  /** The calling node. */
  from: string;
  edge: DesignEdge | undefined;
  invocation: Invocation;
  /** Virtual time the work reaches this node; may be ahead of the clock in a synchronous chain. */
  at: number;
  /** A FIFO topic passes its publisher's message group and deduplication settings on to FIFO queues. */
  fifo?: { groupAttribute?: string; deduplicationAttribute?: string; contentBasedDeduplication?: boolean };
}

export interface Answer {
  ok: boolean;
  /** Virtual time the answer is back at the caller. */
  doneAt: number;
  /** For batches: the messages that failed; the rest succeeded. */
  failed?: SimMessage[];
  throttled?: boolean;
  reason?: string;
  /** For reads: how long the value served had been out of date (0 = fresh). */
  staleMs?: number;
  /** The node that produced the answer (a cache hit names the cache). */
  answeredBy?: string;
}

export type Reply = (answer: Answer) => void;

/** A reply for callers that do not wait. */
export const ignoreReply: Reply = () => {};
