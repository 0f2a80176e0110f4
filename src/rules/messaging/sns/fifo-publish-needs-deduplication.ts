import { defineRule } from '../../define.ts';
import { isFifoTopic, isSet, senderEdges, TOPIC } from '../kinds.ts';

export const fifoPublishNeedsDeduplication = defineRule({
  id: 'sns/fifo-publish-needs-deduplication',
  severity: 'error',
  title: 'Publishing to a FIFO topic with no deduplication id and no content-based deduplication',
  source: { section: 'SQS', quote: 'FIFO queue: strict ordering, one-time processing and no duplicates.' },
  facts: ['sqs.fifo.semantics'],
  check(design) {
    return design.nodesOfKind(TOPIC).flatMap((topic) => {
      if (!isFifoTopic(design, topic) || design.config(topic).ContentBasedDeduplication === true) return [];
      return senderEdges(design, topic)
        .filter((edge) => !isSet(design.edgeConfig(edge).deduplicationId))
        .map((edge) => ({
          message: `${edge.from} publishes to the FIFO topic ${topic.id} without a deduplication id, and ${topic.id} has ContentBasedDeduplication off.`,
          why: 'A FIFO topic drops duplicates published within 5 minutes, so each message needs a MessageDeduplicationId; SNS rejects the publish without one unless the topic hashes the body (ContentBasedDeduplication).',
          fix: `Set deduplicationId on the edge ${design.edgeKey(edge)} (e.g. orderId), or turn on ContentBasedDeduplication on ${topic.id}.`,
          nodes: [edge.from, topic.id],
          edges: [design.edgeKey(edge)],
          property: 'deduplicationId',
        }));
    });
  },
});
