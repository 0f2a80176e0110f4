import { defineRule } from '../../define.ts';
import { QUEUE, SELF_POLLING_KINDS } from '../kinds.ts';

export const zeroVisibilityTimeout = defineRule({
  id: 'sqs/zero-visibility-timeout',
  severity: 'warning',
  title: 'A polled queue with a visibility timeout of 0',
  source: {
    section: 'SQS',
    quote: "Makes sure that the message isn't read by any other consumer while it's being processed by one.",
  },
  facts: ['sqs.visibility.timeout'],
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      if (design.config(queue).VisibilityTimeout !== 0) return [];
      const consumers = design.edgesFrom(queue.id, { kind: SELF_POLLING_KINDS, role: 'none' });
      if (consumers.length === 0) return [];
      return [
        {
          message: `${queue.id} has a VisibilityTimeout of 0 s: a message is visible again the moment ${consumers.map((edge) => edge.to).join(', ')} receives it.`,
          why: 'The visibility timeout hides a received message while one consumer processes it; at 0 s the next receive gets the same message again, so it is processed more than once and reaches maxReceiveCount early.',
          fix: `Set VisibilityTimeout on ${queue.id} a little above the time a consumer needs to process and delete a message (the default is 30 s).`,
          nodes: [queue.id, ...consumers.map((edge) => edge.to)],
          edges: consumers.map((edge) => design.edgeKey(edge)),
          property: 'VisibilityTimeout',
        },
      ];
    });
  },
});
