import type { MessageRecord, TrafficStream } from '../types.ts';

/**
 * A message or request in flight through the design. One per client send; fan-out shares it,
 * so every copy reports into the same MessageRecord.
 */
export interface SimMessage {
  record: MessageRecord;
  /** Global sending order: "earlier-sent" for ordering checks. */
  seq: number;
  stream: TrafficStream;
  operation: TrafficStream['operation'];
  attributes: Record<string, string>;
  /** The item a read or write touches (stream.keyAttribute's value). */
  key: string | undefined;
  bytes: number;
  /** Matches a poison-message fault: every processing attempt fails. */
  poison: boolean;
  /** Rank of record.outcome so far (see settle). */
  outcomeRank: number;
}

/** Worse outcomes win when copies of one message end differently (fan-out, retries). */
const OUTCOME_RANK: Record<MessageRecord['outcome'], number> = {
  processed: 0,
  pending: 1,
  'dead-lettered': 2,
  throttled: 3,
  expired: 4,
  lost: 5,
  failed: 6,
};

export function settle(message: SimMessage, outcome: MessageRecord['outcome'], where?: { endedAt?: string; reason?: string }): void {
  const rank = OUTCOME_RANK[outcome];
  if (rank < message.outcomeRank) return;
  message.outcomeRank = rank;
  message.record.outcome = outcome;
  if (where?.endedAt !== undefined) message.record.endedAt = where.endedAt;
  if (where?.reason !== undefined) message.record.reason = where.reason;
}

/** Records that a consumer finished processing the message at `at`. */
export function markProcessed(message: SimMessage, at: number, by: string): void {
  message.record.processed.push({ at, by });
  settle(message, 'processed');
}
