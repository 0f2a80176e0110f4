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
  writeCapacity: { section: 'DynamoDB', quote: 'WCU is 1 per 1KB/s.' },
  reservedConcurrency: {
    section: 'Lambda',
    quote: 'You can set up reserved concurrency for the Lambda function so that it throttles if it goes above a certain concurrency limit.',
  },
  shardCapacity: { section: 'Kinesis', quote: '1k writes/s, max is 1MB/s' },
  daxConsistency: {
    section: 'DynamoDB',
    quote: "It's not suitable for apps requiring strongly consistent reads, or write intensive apps.",
  },
  shardReads: { section: 'Kinesis', quote: 'Default is 5reads/s, max 2MB.' },
  apiThrottling: { section: 'Amazon API Gateway', quote: 'API gateway can be throttled to prevent attacks' },
  streamRetries: {
    section: 'Lambda',
    quote: "If it encounters errors, it doesn't proceed execution and retries until the error is resolved or the data expired.",
  },
  asyncRetries: {
    section: 'Lambda',
    quote: 'Lambda works on S3 events asynchronously and for asynchronous invocations, Lambda retries function errors twice.',
  },
  lambdaMaxDuration: { section: 'Lambda', quote: 'Maximum execution duration for a Lambda request is 900s=15mins' },
  messageSize: { section: 'SQS', quote: 'Message size limit is 256kb.' },
  apiCaching: {
    section: 'Amazon API Gateway',
    quote: 'API caching can be enabled for popular requests, it caches responses from the endpoint for a specified TTL period.',
  },
  identityPools: {
    section: 'Cognito',
    quote: 'Cognito **identity pools**: gives users access to AWS resources, like S3 or DynamoDB. Generates temporary credentials for unauthenticated, unique and trusted users',
  },
} as const satisfies Record<string, NotesSource>;
