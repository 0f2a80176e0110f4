import { defineRule } from '../../define.ts';
import { isFifoTopic, isSet, senderEdges, TOPIC } from '../kinds.ts';

export const fifoPublishNeedsMessageGroup = defineRule({
  id: 'sns/fifo-publish-needs-message-group',
  severity: 'error',
  title: 'Publishing to a FIFO topic without a message group id',
  source: {
    section: 'SQS',
    quote: 'by configuring each sender with a unique MessageGroupId, this is a flag that specifies that a message belongs to a specific message group.',
  },
  facts: ['sqs.fifo.groupid'],
  check(design) {
    return design.nodesOfKind(TOPIC).flatMap((topic) => {
      if (!isFifoTopic(design, topic)) return [];
      return senderEdges(design, topic)
        .filter((edge) => !isSet(design.edgeConfig(edge).messageGroupId))
        .map((edge) => ({
          message: `${edge.from} publishes to the FIFO topic ${topic.id} without a messageGroupId.`,
          why: 'SNS rejects a publish to a FIFO topic without MessageGroupId: the group id is what the topic orders by, and what its FIFO queue subscribers receive.',
          fix: `Set messageGroupId on the edge ${design.edgeKey(edge)} to the attribute whose order matters, e.g. customerId.`,
          nodes: [edge.from, topic.id],
          edges: [design.edgeKey(edge)],
          property: 'messageGroupId',
        }));
    });
  },
});
