import { defineRule } from '../../define.ts';
import { deadLetterEdges, isFifoQueue } from '../kinds.ts';

export const standardDlqMustBeStandard = defineRule({
  id: 'sqs/standard-dlq-must-be-standard',
  severity: 'error',
  title: 'A standard queue’s dead-letter queue must be standard',
  source: { section: 'SQS', quote: 'Dead letter queue: to prevent data loss, they sideline, isolate and alayze the unsucessfully processed messages.' },
  facts: ['sqs.dlq'],
  currentFact: 'A dead-letter queue is attached with a redrive policy and must be the same type as its source: standard for a standard queue.',
  check(design) {
    return deadLetterEdges(design)
      .filter(({ source, dlq }) => !isFifoQueue(design, source) && isFifoQueue(design, dlq))
      .map(({ edge, source, dlq }) => ({
        message: `${source.id} is a standard queue but its dead-letter queue ${dlq.id} is a FIFO queue.`,
        why: 'SQS only accepts a redrive policy whose dead-letter queue has the same type as the source queue; messages from a standard queue carry no message group id, which a FIFO queue requires.',
        fix: `Make ${dlq.id} a standard queue (FifoQueue: false), or point ${source.id} at a standard dead-letter queue.`,
        nodes: [source.id, dlq.id],
        edges: [design.edgeKey(edge)],
        property: 'FifoQueue',
      }));
  },
});
