import { defineRule } from '../../define.ts';
import { QUEUE, SELF_POLLING_KINDS } from '../kinds.ts';

/** Elastic Beanstalk's worker daemon makes its own receive calls; the player does not choose how it polls. */
const POLLERS = SELF_POLLING_KINDS.filter((kind) => kind !== 'AWS::ElasticBeanstalk::Environment');

export const shortPolling = defineRule({
  id: 'sqs/short-polling',
  severity: 'warning',
  title: 'A consumer short-polls a queue',
  source: {
    section: 'SQS',
    quote: "Short polling: returns a response immediately. Some messages might not get received, because short polling doesn't return all messages. It has additional cost",
  },
  facts: ['sqs.short_poll', 'sqs.long_poll'],
  currentFact:
    'A short-poll request costs the same as a long-poll one; the extra cost comes from the many empty (and false-empty) responses. Long polling (1–20 s) removes them and is recommended in most cases.',
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      const queueWait = design.config(queue).ReceiveMessageWaitTimeSeconds;
      return design.edgesFrom(queue.id, { kind: POLLERS, role: 'none' }).flatMap((edge) => {
        const edgeWait = design.edgeConfig(edge).waitTimeSeconds;
        const wait = typeof edgeWait === 'number' ? edgeWait : queueWait;
        if (wait !== 0) return [];
        return [
          {
            message: `${edge.to} short-polls ${queue.id}: each receive returns at once, even when the queue is empty.`,
            why: 'With short polling (a wait time of 0 s) SQS samples a subset of its servers and answers immediately, so receives come back empty or miss messages; every empty receive is a billed request. Long polling waits up to 20 s for a message and queries all servers.',
            fix: `Set ReceiveMessageWaitTimeSeconds to 20 on ${queue.id} (or waitTimeSeconds 1–20 on the edge ${design.edgeKey(edge)}).`,
            nodes: [queue.id, edge.to],
            edges: [design.edgeKey(edge)],
            property: typeof edgeWait === 'number' ? 'waitTimeSeconds' : 'ReceiveMessageWaitTimeSeconds',
          },
        ];
      });
    });
  },
});
