import { assign, setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';
import { afterBatchFailure, type ShardEvent, type ShardRetryPolicy } from './shard.ts';

/** A Lambda event source reading one shard: in order, and blocked by a failing batch. */
export const shardMachine = setup({
  types: {
    context: {} as { policy: ShardRetryPolicy; retries: number; batchLimit: number; next: number },
    events: {} as ShardEvent,
    input: {} as ShardRetryPolicy,
  },
  guards: {
    bisectBatch: ({ context, event }) =>
      event.type === 'batchFailed' && afterBatchFailure({ state: 'reading', next: context.next, retries: context.retries, batchLimit: context.batchLimit }, context.policy, event.length, event.oldestRecordAgeMs) === 'bisect',
    retriesLeft: ({ context, event }) =>
      event.type === 'batchFailed' && afterBatchFailure({ state: 'reading', next: context.next, retries: context.retries, batchLimit: context.batchLimit }, context.policy, event.length, event.oldestRecordAgeMs) === 'retry',
  },
  actions: {
    moveOn: assign({
      next: ({ context, event }) => context.next + ('length' in event ? event.length : 0),
      retries: 0,
      batchLimit: ({ context }) => context.policy.batchSize,
    }),
    halveBatch: assign({ batchLimit: ({ event }) => Math.max(1, Math.ceil(('length' in event ? event.length : 1) / 2)) }),
    countRetry: assign({ retries: ({ context }) => context.retries + 1 }),
  },
}).createMachine({
  id: 'shardReader',
  context: ({ input }) => ({ policy: input, retries: 0, batchLimit: input.batchSize, next: 0 }),
  initial: 'caughtUp',
  states: {
    caughtUp: { on: { recordsArrived: 'reading' } },
    reading: {
      on: {
        batchSucceeded: { target: 'caughtUp', actions: 'moveOn' },
        batchFailed: [
          { guard: 'bisectBatch', target: 'blocked', actions: 'halveBatch' },
          { guard: 'retriesLeft', target: 'blocked', actions: 'countRetry' },
          // MaximumRetryAttempts used up or the records too old: the batch is skipped (to the on-failure destination).
          { target: 'caughtUp', actions: 'moveOn' },
        ],
      },
    },
    blocked: { on: { retryTimerElapsed: 'reading' } },
  },
});

export const citations: Citation[] = [
  {
    section: 'Lambda',
    quote: "If Lambda is working with Kinesis data streams, it works synchronously. If it encounters errors, it doesn't proceed execution and retries until the error is resolved or the data expired.",
    facts: ['lambda.kinesis.blocking'],
    currentFact:
      'By default (MaximumRetryAttempts -1, MaximumRecordAgeInSeconds -1) a failing batch blocks its shard until it succeeds or the records expire; a retry limit, a maximum record age, BisectBatchOnFunctionError and an on-failure destination unblock it.',
  },
  {
    section: 'Kinesis',
    quote: 'Order of data within a shard is guaranteed, but not across multiple shards',
    facts: ['kds.ordering'],
  },
  {
    section: 'Kinesis',
    quote: "If this key is not distributed enough, all data is getting sent to a few shards and not leveraging the entire cluster",
    facts: ['kds.shard.write'],
    currentFact: 'Each shard takes up to 1 MB/s or 1,000 records/s; beyond it PutRecord fails with ProvisionedThroughputExceededException.',
  },
  {
    section: 'Kinesis',
    quote: 'With enhanced fanout, multiple users can retrieve data from a stream in parallel. Stream consumers can be registered to receive their own 2MB/s pipe of read throughput per shard, with an average message propagation delay of 70ms for all consumers',
    facts: ['kds.shard.read', 'kds.efo.throughput', 'kds.consumers.unlimited'],
    currentFact: 'Standard consumers share 5 reads/s and 2 MB/s per shard; enhanced fan-out gives each registered consumer (at most 20 per stream) its own 2 MB/s per shard.',
  },
  {
    section: 'DynamoDB',
    quote: 'DynamoDB streams is a time-ordered sequence of item level modifications in the DynamoDB tables, can be used as an event source for Lambda to take action based on events in the table.',
    facts: ['ddb.streams'],
  },
];
