import type { NotesSource } from '../../catalog/types.ts';

/**
 * The study-notes sentences requirement explanations quote by default (a scenario may quote
 * another with `notes`). Quoted verbatim, typos included, so a reader can find them.
 */
export const NOTES = {
  fifoGroups: {
    section: 'SQS',
    quote: 'Messages that belong to a group are always processed one by one, in a strict order relative to the message group.',
  },
  standardQueue: { section: 'SQS', quote: 'It has no strict ordering and might contain duplicates.' },
  fifoQueue: { section: 'SQS', quote: 'strict ordering, one-time processing and no duplicates.' },
  visibilityTimeout: {
    section: 'SQS',
    quote: "If the job isn't processed in that time, the msg becomse visible again and another reader will process it.",
  },
  deadLetterQueue: {
    section: 'SQS',
    quote: 'to prevent data loss, they sideline, isolate and alayze the unsucessfully processed messages.',
  },
  snsFanOut: { section: 'SNS', quote: 'SNS can be used in conjunction with SQS to fan a single message out to multiple SQS queues' },
  durableQueue: { section: 'SQS', quote: 'Highly-durable pull-based queue, useful for persist in-flight transactions.' },
  coupledLayers: { section: 'Aurora', quote: 'if one is slow they are all slow. if one fails, they all fail.' },
  cacheLatency: {
    section: 'Elasticache',
    quote: 'It can be used to improve latency and throughput for many read-heavy apps or *compute-intensive* workloads.',
  },
  lazyLoading: { section: 'Elasticache', quote: 'It can have cache miss penalty, and the data can get stale.' },
  memcachedDowntime: { section: 'Elasticache', quote: 'No multi-AZ capability, could have downtime' },
  readCapacity: {
    section: 'DynamoDB',
    quote: '1 RCU = 1 strongly consistent read/s, or 2 eventually consisteny read/s for an item up to 4kb in size.',
  },
  lambdaConcurrency: { section: 'Lambda', quote: 'Reaching the concurrency limit leads to latency bottlenecks.' },
  shardOrder: { section: 'Kinesis', quote: 'Order of data within a shard is guaranteed, but not across multiple shards' },
  lambdaPricing: { section: 'Lambda', quote: 'Lambda is priced based on number of requests' },
} as const satisfies Record<string, NotesSource>;
