import { defineRule } from '../../define.ts';
import { isFifoQueue, isFifoTopic, QUEUE, TOPIC } from '../kinds.ts';

export const fifoTopicToStandardQueue = defineRule({
  id: 'sns/fifo-topic-to-standard-queue',
  severity: 'info',
  title: 'A FIFO topic delivering to a standard queue loses its order',
  source: { section: 'SNS', quote: 'SNS can be used in conjunction with SQS to fan a single message out to multiple SQS queues' },
  facts: ['sns.fanout', 'sqs.standard.ordering'],
  check(design) {
    return design.nodesOfKind(TOPIC).flatMap((topic) => {
      if (!isFifoTopic(design, topic)) return [];
      return design
        .edgesFrom(topic.id, { kind: QUEUE, role: 'none' })
        .filter((edge) => {
          const queue = design.node(edge.to);
          return queue !== undefined && !isFifoQueue(design, queue);
        })
        .map((edge) => ({
          message: `${topic.id} is a FIFO topic but ${edge.to} is a standard queue: its consumers may see messages out of order and twice.`,
          why: 'SNS delivers a FIFO topic’s messages to a standard queue, but the standard queue gives only best-effort order and at-least-once delivery, so the topic’s ordering and deduplication end there.',
          fix: `Make ${edge.to} a FIFO queue if its consumer needs the order; keep it standard for consumers that do not (e.g. analytics).`,
          nodes: [topic.id, edge.to],
          edges: [design.edgeKey(edge)],
        }));
    });
  },
});
