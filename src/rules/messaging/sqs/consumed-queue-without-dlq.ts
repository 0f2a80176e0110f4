import { defineRule } from '../../define.ts';
import { FUNCTION, isFifoQueue, QUEUE, SELF_POLLING_KINDS } from '../kinds.ts';

export const consumedQueueWithoutDlq = defineRule({
  id: 'sqs/consumed-queue-without-dlq',
  severity: 'warning',
  title: 'A consumed queue with no dead-letter queue',
  source: {
    section: 'SQS',
    quote: 'Dead letter queue: to prevent data loss, they sideline, isolate and alayze the unsucessfully processed messages.',
  },
  facts: ['sqs.dlq'],
  currentFact: 'For a queue that triggers Lambda, the dead-letter queue belongs on the source queue (redrive policy); the function’s own dead-letter queue or on-failure destination only catches asynchronous invocations.',
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      if (design.edgesFrom(queue.id, { role: 'dead-letter' }).length > 0) return [];
      // A queue that is itself some queue's dead-letter queue is inspected, not redriven again.
      if (design.edgesTo(queue.id, { kind: QUEUE, role: 'dead-letter' }).length > 0) return [];
      const consumers = design.edgesFrom(queue.id, { kind: [FUNCTION, ...SELF_POLLING_KINDS], role: 'none' });
      if (consumers.length === 0) return [];
      const functionsWithOwnDlq = consumers
        .filter((edge) => design.kindOf(edge.to) === FUNCTION)
        .filter((edge) => design.edgesFrom(edge.to, { role: 'dead-letter' }).length + design.edgesFrom(edge.to, { role: 'on-failure' }).length > 0)
        .map((edge) => edge.to);
      const failure = isFifoQueue(design, queue)
        ? 'a message that always fails blocks the rest of its message group until it expires'
        : 'a message that always fails is received again and again until its retention period ends, then it is lost';
      const aside =
        functionsWithOwnDlq.length > 0
          ? ` The dead-letter or on-failure target of ${functionsWithOwnDlq.join(', ')} does not help: Lambda uses it only for asynchronous invocations, and failed batches from a queue go back to the queue.`
          : '';
      return [
        {
          message: `${queue.id} is consumed by ${consumers.map((edge) => edge.to).join(', ')} but has no dead-letter queue.`,
          why: `Without a redrive policy ${failure}.${aside}`,
          fix: `Add a dead-letter queue of the same type (${isFifoQueue(design, queue) ? 'FIFO' : 'standard'}) with an edge from ${queue.id}, role dead-letter, and a maxReceiveCount such as 5.`,
          nodes: [queue.id, ...consumers.map((edge) => edge.to)],
          edges: consumers.map((edge) => design.edgeKey(edge)),
        },
      ];
    });
  },
});
