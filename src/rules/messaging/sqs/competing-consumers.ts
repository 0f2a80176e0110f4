import { defineRule } from '../../define.ts';
import { FUNCTION, QUEUE, SELF_POLLING_KINDS } from '../kinds.ts';

export const competingConsumers = defineRule({
  id: 'sqs/competing-consumers',
  severity: 'info',
  title: 'Several different consumers share one queue: each message reaches only one',
  source: { section: 'SNS', quote: 'SNS can be used in conjunction with SQS to fan a single message out to multiple SQS queues' },
  facts: ['sns.fanout'],
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      const consumers = design.edgesFrom(queue.id, { kind: [FUNCTION, ...SELF_POLLING_KINDS], role: 'none' });
      if (consumers.length < 2) return [];
      const ids = consumers.map((edge) => edge.to);
      return [
        {
          message: `${queue.id} is read by ${ids.length} consumers (${ids.join(', ')}); each message is delivered to only one of them.`,
          why: 'Consumers of one queue compete: a received message is hidden from the others and deleted by whoever processes it. That spreads work, but it does not give every consumer a copy.',
          fix: `If each of ${ids.join(', ')} needs every message, publish to an SNS topic and give each consumer its own queue subscribed to it (fan-out).`,
          nodes: [queue.id, ...ids],
          edges: consumers.map((edge) => design.edgeKey(edge)),
        },
      ];
    });
  },
});
