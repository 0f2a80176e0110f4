import { defineRule } from '../../define.ts';
import { isFifoQueue, isSet, QUEUE, senderEdges } from '../kinds.ts';

export const messageGroupOnStandardQueue = defineRule({
  id: 'sqs/message-group-on-standard-queue',
  severity: 'info',
  title: 'A message group id on a standard queue does not order messages',
  source: { section: 'SQS', quote: 'It has no strict ordering and might contain duplicates.' },
  facts: ['sqs.standard.ordering', 'sqs.fifo.groupid'],
  currentFact: 'On a standard queue, MessageGroupId now enables fair queues (one noisy group cannot starve the others); it gives no ordering and no deduplication.',
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      if (isFifoQueue(design, queue)) return [];
      return senderEdges(design, queue)
        .filter((edge) => isSet(design.edgeConfig(edge).messageGroupId))
        .map((edge) => ({
          message: `${edge.from} sets messageGroupId on messages to ${queue.id}, a standard queue: they will not be delivered in order per group.`,
          why: 'A standard queue delivers at least once in best-effort order; its messages can arrive out of order and twice. MessageGroupId only makes a standard queue a fair queue, sharing consumers fairly between groups.',
          fix: `If each group must be processed in order, make ${queue.id} a FIFO queue (FifoQueue: true); otherwise keep it for fairness.`,
          nodes: [edge.from, queue.id],
          edges: [design.edgeKey(edge)],
          property: 'messageGroupId',
        }));
    });
  },
});
