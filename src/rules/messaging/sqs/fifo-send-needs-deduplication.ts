import { defineRule } from '../../define.ts';
import { isFifoQueue, isSet, QUEUE, senderEdges } from '../kinds.ts';

export const fifoSendNeedsDeduplication = defineRule({
  id: 'sqs/fifo-send-needs-deduplication',
  severity: 'error',
  title: 'Sending to a FIFO queue with no deduplication id and no content-based deduplication',
  source: { section: 'SQS', quote: 'FIFO queue: strict ordering, one-time processing and no duplicates.' },
  facts: ['sqs.fifo.semantics'],
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      if (!isFifoQueue(design, queue) || design.config(queue).ContentBasedDeduplication === true) return [];
      return senderEdges(design, queue)
        .filter((edge) => !isSet(design.edgeConfig(edge).deduplicationId))
        .map((edge) => ({
          message: `${edge.from} sends to the FIFO queue ${queue.id} without a deduplication id, and ${queue.id} has ContentBasedDeduplication off.`,
          why: 'A FIFO queue removes duplicates sent within a 5-minute interval, so every message needs a MessageDeduplicationId; SQS rejects a send without one unless the queue hashes the body (ContentBasedDeduplication).',
          fix: `Set deduplicationId on the edge ${design.edgeKey(edge)} to a message attribute that identifies the message (e.g. orderId), or turn on ContentBasedDeduplication on ${queue.id}.`,
          nodes: [edge.from, queue.id],
          edges: [design.edgeKey(edge)],
          property: 'deduplicationId',
        }));
    });
  },
});
