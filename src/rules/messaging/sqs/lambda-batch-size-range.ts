import { defineRule } from '../../define.ts';
import { eventSourceEdges, isFifoQueue } from '../kinds.ts';

export const sqsLambdaBatchSizeRange = defineRule({
  id: 'sqs/lambda-batch-size-range',
  severity: 'error',
  title: 'Lambda batch size outside what SQS allows (1–10,000; FIFO 1–10)',
  source: { section: 'SQS', quote: 'When retrieving messages from a queue, you can retrieve max 10 messages' },
  facts: ['sqs.receive.max_batch'],
  currentFact:
    'A single ReceiveMessage call still returns at most 10 messages, but a Lambda event source mapping gathers batches of up to 10,000 messages from a standard queue (10 from a FIFO queue).',
  check(design) {
    return eventSourceEdges(design).flatMap(({ edge, queue, fn }) => {
      const batchSize = design.edgeConfig(edge).BatchSize;
      const fifo = isFifoQueue(design, queue);
      const max = fifo ? 10 : 10_000;
      if (typeof batchSize !== 'number' || (batchSize >= 1 && batchSize <= max)) return [];
      return [
        {
          message: `${design.edgeKey(edge)}: BatchSize is ${batchSize}; for a ${fifo ? 'FIFO' : 'standard'} queue Lambda allows 1–${max.toLocaleString('en-US')}.`,
          why: 'Lambda’s event source mapping reads batches of 1 to 10,000 messages from a standard queue but at most 10 from a FIFO queue (10 is also the default).',
          fix: `Set BatchSize between 1 and ${max.toLocaleString('en-US')} on the edge from ${queue.id} to ${fn.id}.`,
          nodes: [queue.id, fn.id],
          edges: [design.edgeKey(edge)],
          property: 'BatchSize',
        },
      ];
    });
  },
});
