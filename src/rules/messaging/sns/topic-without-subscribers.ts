import { defineRule } from '../../define.ts';
import { TOPIC } from '../kinds.ts';

export const topicWithoutSubscribers = defineRule({
  id: 'sns/topic-without-subscribers',
  severity: 'warning',
  title: 'Messages published to a topic nobody subscribes to',
  source: { section: 'SNS', quote: 'Consumers must subscribe to a topic to receive the notifications' },
  facts: ['sns.fanout'],
  check(design) {
    return design.nodesOfKind(TOPIC).flatMap((topic) => {
      const publishers = design.edgesTo(topic.id);
      if (publishers.length === 0 || design.edgesFrom(topic.id, { role: 'none' }).length > 0) return [];
      return [
        {
          message: `${topic.id} receives messages from ${publishers.map((edge) => edge.from).join(', ')} but has no subscribers.`,
          why: 'SNS pushes each message to the subscriptions that exist when it is published and keeps nothing for later: with no subscriber, every message is dropped.',
          fix: `Subscribe a queue, function or endpoint to ${topic.id} (an edge from the topic), e.g. an SQS queue so messages wait for a consumer.`,
          nodes: [topic.id],
          edges: publishers.map((edge) => design.edgeKey(edge)),
        },
      ];
    });
  },
});
