/** SQS numbers the queue behaviour uses (facts.tsv rows in the machine's citations). */

/** An API call's round trip, in ms. */
export const SQS_API_LATENCY_MS = { min: 4, max: 12 };
/** From a message becoming visible to a Lambda poller's invocation starting. */
export const LAMBDA_POLL_LATENCY_MS = { min: 10, max: 30 };
/** Standard queues: at-least-once delivery and best-effort order, as small seeded chances per message. */
export const STANDARD_DUPLICATE_DELIVERY_RATE = 0.005;
export const STANDARD_OUT_OF_ORDER_RATE = 0.02;
/** FIFO deduplication interval. */
export const DEDUPLICATION_INTERVAL_MS = 5 * 60 * 1000;
/** FIFO: 300 API calls per second per action (3,000 messages/s with batches of 10); clients here send one message per call. */
export const FIFO_CALLS_PER_SECOND = 300;
/** High-throughput FIFO (FifoThroughputLimit perMessageGroupId): 300/s per message group, far more per queue (us-east-1). */
export const HIGH_THROUGHPUT_FIFO_CALLS_PER_SECOND = 70_000;
/** Lambda's SQS event source scales to 1,250 concurrent invocations unless MaximumConcurrency caps it. */
export const LAMBDA_SQS_MAX_POLLERS = 1_250;
/** Lambda keeps this many long-polling pollers on an idle queue (each waits 20 s per receive). */
export const LAMBDA_IDLE_POLLERS = 5;
export const LAMBDA_LONG_POLL_SECONDS = 20;
/** An application worker that short-polls sleeps this long after an empty answer. */
export const SHORT_POLL_LOOP_MS = 200;
