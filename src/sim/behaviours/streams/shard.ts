/**
 * A shard as seen by one consumer, as plain functions: records are read in order; a failing batch
 * blocks the shard and is retried until it succeeds, its records expire, MaximumRetryAttempts is
 * used up, or bisecting isolates the bad record.
 */

export type ShardState = 'caughtUp' | 'reading' | 'blocked';

export interface ShardPosition {
  state: ShardState;
  /** Index of the next record to read. */
  next: number;
  /** Retries of the current batch after function errors. */
  retries: number;
  /** Batch size in use: BatchSize, or less while bisecting. */
  batchLimit: number;
}

export interface ShardRetryPolicy {
  /** MaximumRetryAttempts; -1 retries until the records expire. */
  maximumRetryAttempts: number;
  /** MaximumRecordAgeInSeconds; -1 keeps retrying records of any age (until retention). */
  maximumRecordAgeSeconds: number;
  bisectBatchOnFunctionError: boolean;
  batchSize: number;
}

export type BatchFailureDecision = 'retry' | 'bisect' | 'skipBatch';

/** What the poller does after a batch fails. */
export function afterBatchFailure(position: ShardPosition, policy: ShardRetryPolicy, batchLength: number, oldestRecordAgeMs: number): BatchFailureDecision {
  if (policy.bisectBatchOnFunctionError && batchLength > 1) return 'bisect';
  if (policy.maximumRecordAgeSeconds >= 0 && oldestRecordAgeMs >= policy.maximumRecordAgeSeconds * 1000) return 'skipBatch';
  if (policy.maximumRetryAttempts >= 0 && position.retries >= policy.maximumRetryAttempts) return 'skipBatch';
  return 'retry';
}

/** Applies the decision: the shard stays blocked on a retry or bisect, and moves on past a skipped batch. */
export function applyBatchFailure(position: ShardPosition, decision: BatchFailureDecision, batchLength: number): void {
  if (decision === 'bisect') {
    position.batchLimit = Math.max(1, Math.ceil(batchLength / 2));
    position.state = 'blocked';
  } else if (decision === 'retry') {
    position.retries++;
    position.state = 'blocked';
  } else {
    position.next += batchLength;
    position.retries = 0;
    position.state = 'caughtUp';
  }
}

export function applyBatchSuccess(position: ShardPosition, policy: ShardRetryPolicy, batchLength: number): void {
  position.next += batchLength;
  position.retries = 0;
  position.batchLimit = policy.batchSize;
  position.state = 'caughtUp';
}

/** Record-to-shard mapping: a 32-bit FNV-1a hash of the partition key over the shards' equal hash ranges (MD5 in AWS, same effect). */
export function shardFor(partitionKey: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < partitionKey.length; i++) {
    hash ^= partitionKey.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return Math.min(shards - 1, Math.floor(((hash >>> 0) / 4_294_967_296) * shards));
}

export type ShardEvent =
  | { type: 'recordsArrived' }
  | { type: 'batchSucceeded'; length: number }
  | { type: 'batchFailed'; length: number; oldestRecordAgeMs: number }
  | { type: 'retryTimerElapsed' };

/** Applies one event to a consumer's position in a shard; returns the decision taken after a failure. */
export function applyShardEvent(position: ShardPosition, event: ShardEvent, policy: ShardRetryPolicy): BatchFailureDecision | undefined {
  if (event.type === 'recordsArrived' && position.state === 'caughtUp') position.state = 'reading';
  else if (event.type === 'retryTimerElapsed' && position.state === 'blocked') position.state = 'reading';
  else if (event.type === 'batchSucceeded' && position.state === 'reading') applyBatchSuccess(position, policy, event.length);
  else if (event.type === 'batchFailed' && position.state === 'reading') {
    const decision = afterBatchFailure(position, policy, event.length, event.oldestRecordAgeMs);
    applyBatchFailure(position, decision, event.length);
    return decision;
  }
  return undefined;
}
