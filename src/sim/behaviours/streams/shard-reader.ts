import type { DesignEdge } from '../../../design/schema.ts';
import { booleanSetting, numberSetting } from '../../core/config.ts';
import { LAMBDA_FUNCTION } from '../../core/kinds.ts';
import { notePeak } from '../../core/load.ts';
import { type SimMessage, settle } from '../../core/message.ts';
import type { Answer } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import { applyShardEvent, type BatchFailureDecision, type ShardPosition, type ShardRetryPolicy, shardFor } from './shard.ts';

export interface ShardReaderOptions {
  shards: number;
  retentionMs: number;
  consumers: DesignEdge[];
}

interface StreamRecord {
  message: SimMessage;
  at: number;
}

interface StreamConsumer {
  edge: DesignEdge;
  policy: ShardRetryPolicy;
  positions: ShardPosition[];
  enhancedFanOut: boolean;
  failureDestinations: DesignEdge[];
}

/** Standard consumers see new records after ~200 ms and share 5 reads/s and 2 MB/s per shard; enhanced fan-out pushes in ~70 ms with 2 MB/s each. */
const SHARED_PROPAGATION_MS = 200;
const ENHANCED_FAN_OUT_PROPAGATION_MS = 70;
const SHARD_READS_PER_SECOND = 5;
const SHARD_READ_BYTES_PER_SECOND = 2 * 1024 * 1024;
/** A failed batch is retried after this backoff. */
const RETRY_BACKOFF_MS = 1_000;

/**
 * Ordered records in shards and the pollers that read them (Lambda event source mappings, KCL
 * applications, Firehose): a Kinesis data stream's shards or a DynamoDB table's stream.
 */
export class ShardReader {
  private readonly records: StreamRecord[][];
  private consumers: StreamConsumer[] = [];
  private readonly standardConsumers: number;

  constructor(
    private readonly world: SimWorld,
    private readonly ownerId: string,
    private readonly options: ShardReaderOptions,
  ) {
    this.records = Array.from({ length: Math.max(1, options.shards) }, () => []);
    this.standardConsumers = Math.max(1, options.consumers.filter((edge) => !booleanSetting(world.edgeConfig(edge), 'enhancedFanOut', false)).length);
  }

  get shardCount(): number {
    return this.records.length;
  }

  start(): void {
    const world = this.world;
    this.consumers = this.options.consumers.map((edge) => {
      const config = world.edgeConfig(edge);
      const batchSize = Math.max(1, numberSetting(config, 'BatchSize', 100));
      const policy: ShardRetryPolicy = {
        maximumRetryAttempts: numberSetting(config, 'MaximumRetryAttempts', -1),
        maximumRecordAgeSeconds: numberSetting(config, 'MaximumRecordAgeInSeconds', -1),
        bisectBatchOnFunctionError: booleanSetting(config, 'BisectBatchOnFunctionError', false),
        batchSize,
      };
      const isLambda = world.design.kindOf(edge.to) === LAMBDA_FUNCTION;
      return {
        edge,
        policy,
        positions: this.records.map(() => ({ state: 'caughtUp' as const, next: 0, retries: 0, batchLimit: batchSize })),
        enhancedFanOut: booleanSetting(config, 'enhancedFanOut', false),
        failureDestinations: isLambda ? world.design.edgesFrom(edge.to, { role: 'on-failure' }) : [],
      };
    });
  }

  shardFor(partitionKey: string): number {
    return shardFor(partitionKey, this.records.length);
  }

  /** Appends a record to the shard its partition key hashes to (or `shard`, when the caller hashed it already), at time `at`; returns the shard. */
  put(message: SimMessage, partitionKey: string, at: number, shard = shardFor(partitionKey, this.records.length)): number {
    this.world.at(at, () => {
      const records = this.records[shard]!;
      records.push({ message, at });
      for (const consumer of this.consumers) {
        notePeak(this.world.load(this.ownerId), records.length - consumer.positions[shard]!.next);
        this.poll(consumer, shard);
      }
    });
    return shard;
  }

  /** Reads the next batch of a shard when the consumer is caught up (or retrying a blocked batch). */
  private poll(consumer: StreamConsumer, shard: number, retrying = false): void {
    const world = this.world;
    const position = consumer.positions[shard]!;
    if (!retrying && position.state !== 'caughtUp') return;
    this.expireOldRecords(consumer, shard);
    const records = this.records[shard]!;
    if (position.next >= records.length) {
      position.state = 'caughtUp';
      return;
    }
    if (!retrying) applyShardEvent(position, { type: 'recordsArrived' }, consumer.policy);
    const batch = records.slice(position.next, position.next + position.batchLimit);
    const bytes = batch.reduce((sum, record) => sum + record.message.bytes, 0);
    const share = consumer.enhancedFanOut ? 1 : this.standardConsumers;
    const propagation = consumer.enhancedFanOut ? ENHANCED_FAN_OUT_PROPAGATION_MS : Math.max(SHARED_PROPAGATION_MS, (1000 * share) / SHARD_READS_PER_SECOND);
    const transfer = (1000 * bytes * share) / SHARD_READ_BYTES_PER_SECOND;
    const messages = batch.map((record) => record.message);
    world.after(propagation + transfer, () => {
      world.deliver(consumer.edge, { messages, from: this.ownerId, edge: consumer.edge, invocation: 'batch', at: world.now }, (answer) => {
        world.at(answer.doneAt, () => this.batchDone(consumer, shard, batch, answer));
      });
    });
  }

  private batchDone(consumer: StreamConsumer, shard: number, batch: StreamRecord[], answer: Answer): void {
    const world = this.world;
    const position = consumer.positions[shard]!;
    if (answer.ok) {
      applyShardEvent(position, { type: 'batchSucceeded', length: batch.length }, consumer.policy);
      this.poll(consumer, shard);
      return;
    }
    const oldestAge = world.now - batch[0]!.at;
    let decision: BatchFailureDecision;
    if (answer.throttled) {
      // A throttled invoke is retried without counting against MaximumRetryAttempts.
      decision = 'retry';
      position.state = 'blocked';
    } else decision = applyShardEvent(position, { type: 'batchFailed', length: batch.length, oldestRecordAgeMs: oldestAge }, consumer.policy) ?? 'retry';
    if (decision === 'skipBatch') {
      this.skipBatch(consumer, batch);
      this.poll(consumer, shard);
      return;
    }
    world.log(world.now, this.ownerId, 'shardBlocked', batch[0]!.message, `shard ${shard} blocked: ${decision === 'bisect' ? `bisecting to ${position.batchLimit} records` : `retry ${position.retries}`}`, consumer.edge);
    world.after(decision === 'bisect' ? 0 : RETRY_BACKOFF_MS, () => {
      applyShardEvent(position, { type: 'retryTimerElapsed' }, consumer.policy);
      this.poll(consumer, shard, true);
    });
  }

  /** Retries used up or records too old: the batch goes to the on-failure destination, else it is dropped. */
  private skipBatch(consumer: StreamConsumer, batch: StreamRecord[]): void {
    const world = this.world;
    for (const record of batch) {
      if (consumer.failureDestinations.length > 0) {
        for (const edge of consumer.failureDestinations) {
          world.log(world.now, edge.from, 'sentToDestination', record.message, 'record skipped after its retries: sent to the on-failure destination', edge);
          world.deliver(edge, { messages: [record.message], from: edge.from, edge, invocation: 'async', at: world.now }, () => {});
        }
        settle(record.message, 'dead-lettered', { endedAt: consumer.failureDestinations[0]!.to, reason: 'skipped after MaximumRetryAttempts or MaximumRecordAgeInSeconds' });
      } else {
        world.log(world.now, this.ownerId, 'eventLost', record.message, 'record skipped after its retries; no on-failure destination');
        settle(record.message, 'lost', { endedAt: this.ownerId, reason: 'skipped after MaximumRetryAttempts or MaximumRecordAgeInSeconds, with no on-failure destination' });
      }
    }
  }

  /** Records older than the retention period are gone before they are read. */
  private expireOldRecords(consumer: StreamConsumer, shard: number): void {
    const world = this.world;
    const records = this.records[shard]!;
    const position = consumer.positions[shard]!;
    while (position.next < records.length && world.now - records[position.next]!.at >= this.options.retentionMs) {
      const record = records[position.next]!;
      world.log(world.now, this.ownerId, 'retentionPeriodExpired', record.message, 'record expired before it was read');
      settle(record.message, 'expired', { endedAt: this.ownerId, reason: 'the stream retention period passed before the record was processed' });
      position.next++;
    }
  }

  /** End of the run: records not yet read by every consumer are pending. */
  finish(): void {
    for (const consumer of this.consumers) {
      consumer.positions.forEach((position, shard) => {
        for (const record of this.records[shard]!.slice(position.next)) settle(record.message, 'pending', { endedAt: this.ownerId, reason: 'still in the stream when the run ended' });
      });
    }
  }
}
