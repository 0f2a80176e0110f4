import { defineRule } from '../../define.ts';
import { eventSourceEdges, isFifoQueue } from '../kinds.ts';

export const fifoLambdaNoBatchingWindow = defineRule({
  id: 'sqs/fifo-lambda-no-batching-window',
  severity: 'error',
  title: 'A batching window on a FIFO queue’s Lambda trigger',
  source: { section: 'SQS', quote: 'FIFO queue: strict ordering, one-time processing and no duplicates.' },
  facts: ['sqs.fifo.semantics'],
  check(design) {
    return eventSourceEdges(design).flatMap(({ edge, queue, fn }) => {
      const window = design.edgeConfig(edge).MaximumBatchingWindowInSeconds;
      if (!isFifoQueue(design, queue) || typeof window !== 'number' || window <= 0) return [];
      return [
        {
          message: `${design.edgeKey(edge)}: ${queue.id} is a FIFO queue but the edge sets MaximumBatchingWindowInSeconds to ${window} s.`,
          why: 'Lambda does not support a batching window for FIFO queues: it delivers each message group’s messages as soon as they can be received, in order, in batches of at most 10.',
          fix: `Remove MaximumBatchingWindowInSeconds (or set it to 0) on the edge from ${queue.id} to ${fn.id}.`,
          nodes: [queue.id, fn.id],
          edges: [design.edgeKey(edge)],
          property: 'MaximumBatchingWindowInSeconds',
        },
      ];
    });
  },
});
