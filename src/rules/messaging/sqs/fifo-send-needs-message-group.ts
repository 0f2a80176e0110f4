import { defineRule } from '../../define.ts';
import { isFifoQueue, isSet, QUEUE, senderEdges } from '../kinds.ts';

export const fifoSendNeedsMessageGroup = defineRule({
  id: 'sqs/fifo-send-needs-message-group',
  severity: 'error',
  title: 'Sending to a FIFO queue without a message group id',
  source: {
    section: 'SQS',
    quote: 'by configuring each sender with a unique MessageGroupId, this is a flag that specifies that a message belongs to a specific message group.',
  },
  facts: ['sqs.fifo.groupid'],
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      if (!isFifoQueue(design, queue)) return [];
      return senderEdges(design, queue)
        .filter((edge) => !isSet(design.edgeConfig(edge).messageGroupId))
        .map((edge) => ({
          message: `${edge.from} sends to the FIFO queue ${queue.id} without a messageGroupId.`,
          why: 'MessageGroupId is required on every message sent to a FIFO queue (SQS rejects the send without one): messages of one group are delivered one by one in order, different groups in parallel.',
          fix: `Set messageGroupId on the edge ${design.edgeKey(edge)} to the attribute whose order matters, e.g. customerId.`,
          nodes: [edge.from, queue.id],
          edges: [design.edgeKey(edge)],
          property: 'messageGroupId',
        }));
    });
  },
});
