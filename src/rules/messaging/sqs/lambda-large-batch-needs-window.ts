import { defineRule } from '../../define.ts';
import { eventSourceEdges, isFifoQueue } from '../kinds.ts';

export const lambdaLargeBatchNeedsWindow = defineRule({
  id: 'sqs/lambda-large-batch-needs-window',
  severity: 'error',
  title: 'A Lambda batch of more than 10 messages without a batching window',
  source: { section: 'SQS', quote: 'When retrieving messages from a queue, you can retrieve max 10 messages' },
  facts: ['sqs.receive.max_batch'],
  check(design) {
    return eventSourceEdges(design).flatMap(({ edge, queue, fn }) => {
      const { BatchSize: batchSize, MaximumBatchingWindowInSeconds: window } = design.edgeConfig(edge);
      // FIFO batches above 10 are refused outright by sqs/lambda-batch-size-range.
      if (isFifoQueue(design, queue) || typeof batchSize !== 'number' || batchSize <= 10) return [];
      if (typeof window === 'number' && window >= 1) return [];
      return [
        {
          message: `${design.edgeKey(edge)}: BatchSize is ${batchSize} but MaximumBatchingWindowInSeconds is ${window ?? 0}.`,
          why: 'One receive returns at most 10 messages, so Lambda needs time to gather a larger batch: for a BatchSize above 10 it requires MaximumBatchingWindowInSeconds of at least 1 s.',
          fix: `Set MaximumBatchingWindowInSeconds to 1–300 s on the edge from ${queue.id} to ${fn.id}, or lower BatchSize to 10.`,
          nodes: [queue.id, fn.id],
          edges: [design.edgeKey(edge)],
          property: 'MaximumBatchingWindowInSeconds',
        },
      ];
    });
  },
});
