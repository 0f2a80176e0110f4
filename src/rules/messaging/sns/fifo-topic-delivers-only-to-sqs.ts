import { defineRule } from '../../define.ts';
import { EMAIL_IDENTITY, isFifoTopic, QUEUE, TOPIC } from '../kinds.ts';

export const fifoTopicDeliversOnlyToSqs = defineRule({
  id: 'sns/fifo-topic-delivers-only-to-sqs',
  severity: 'error',
  title: 'A FIFO topic subscribed by something other than an SQS queue',
  source: { section: 'SNS', quote: 'It can deliver push notifications, SMS and emails to any HTTP endpoint, and it can trigger a Lambda function.' },
  facts: ['sns.protocols'],
  currentFact: 'Those protocols are for standard topics; a FIFO topic delivers only to SQS queues.',
  check(design) {
    return design.nodesOfKind(TOPIC).flatMap((topic) => {
      if (!isFifoTopic(design, topic)) return [];
      return design
        .edgesFrom(topic.id, { role: 'none' })
        .filter((edge) => {
          const kind = design.kindOf(edge.to);
          // SES is explained by sns/ses-is-not-a-subscriber.
          return kind !== QUEUE && kind !== EMAIL_IDENTITY;
        })
        .map((edge) => ({
          message: `${topic.id} is a FIFO topic; it cannot deliver to ${edge.to} (${design.kindOf(edge.to)}).`,
          why: 'A FIFO topic keeps order and removes duplicates per message group, which only SQS queues can receive: SNS offers no Lambda, HTTP, email, SMS or Firehose subscriptions on FIFO topics.',
          fix: `Subscribe an SQS FIFO queue to ${topic.id} and let ${edge.to} read from that queue, or use a standard topic if order does not matter.`,
          nodes: [topic.id, edge.to],
          edges: [design.edgeKey(edge)],
        }));
    });
  },
});
