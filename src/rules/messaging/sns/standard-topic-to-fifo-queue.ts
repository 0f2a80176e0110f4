import { defineRule } from '../../define.ts';
import { isFifoQueue, isFifoTopic, QUEUE, TOPIC } from '../kinds.ts';

export const standardTopicToFifoQueue = defineRule({
  id: 'sns/standard-topic-to-fifo-queue',
  severity: 'error',
  title: 'A standard topic subscribed by a FIFO queue',
  source: { section: 'SNS', quote: 'SNS can be used in conjunction with SQS to fan a single message out to multiple SQS queues' },
  facts: ['sns.fanout', 'sqs.fifo.semantics'],
  check(design) {
    return design.nodesOfKind(TOPIC).flatMap((topic) => {
      if (isFifoTopic(design, topic)) return [];
      return design
        .edgesFrom(topic.id, { kind: QUEUE, role: 'none' })
        .filter((edge) => {
          const queue = design.node(edge.to);
          return queue !== undefined && isFifoQueue(design, queue);
        })
        .map((edge) => ({
          message: `${topic.id} is a standard topic; the FIFO queue ${edge.to} cannot subscribe to it.`,
          why: 'A FIFO queue needs a message group id and a deduplication id on every message; a standard topic has neither (it delivers at least once, in best-effort order), so SNS only lets FIFO queues subscribe to FIFO topics.',
          fix: `Make ${topic.id} a FIFO topic (FifoTopic: true, TopicName ending in .fifo), or subscribe a standard queue instead.`,
          nodes: [topic.id, edge.to],
          edges: [design.edgeKey(edge)],
        }));
    });
  },
});
