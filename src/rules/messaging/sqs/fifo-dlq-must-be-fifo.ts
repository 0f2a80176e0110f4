import { defineRule } from '../../define.ts';
import { deadLetterEdges, isFifoQueue } from '../kinds.ts';

export const fifoDlqMustBeFifo = defineRule({
  id: 'sqs/fifo-dlq-must-be-fifo',
  severity: 'error',
  title: 'A FIFO queue’s dead-letter queue must be FIFO',
  source: { section: 'SQS', quote: 'Dead letter queue: to prevent data loss, they sideline, isolate and alayze the unsucessfully processed messages.' },
  facts: ['sqs.dlq'],
  currentFact: 'A dead-letter queue is attached with a redrive policy and must be the same type as its source: FIFO for a FIFO queue.',
  check(design) {
    return deadLetterEdges(design)
      .filter(({ source, dlq }) => isFifoQueue(design, source) && !isFifoQueue(design, dlq))
      .map(({ edge, source, dlq }) => ({
        message: `${source.id} is a FIFO queue but its dead-letter queue ${dlq.id} is a standard queue.`,
        why: 'SQS only accepts a redrive policy whose dead-letter queue has the same type as the source queue; a FIFO queue’s failed messages keep their message group and order only in a FIFO dead-letter queue.',
        fix: `Make ${dlq.id} a FIFO queue (FifoQueue: true), or point ${source.id} at a FIFO dead-letter queue.`,
        nodes: [source.id, dlq.id],
        edges: [design.edgeKey(edge)],
        property: 'FifoQueue',
      }));
  },
});
