import { defineRule } from '../../define.ts';
import { isFifoQueue, QUEUE, senderEdges } from '../kinds.ts';

export const perMessageDelayRange = defineRule({
  id: 'sqs/per-message-delay-range',
  severity: 'error',
  title: 'A message timer outside 0–900 seconds',
  source: { section: 'SQS', quote: 'For delaying individual messages rather than the entire queue, use message timers.' },
  facts: ['sqs.delay.queue'],
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      // On a FIFO queue any timer is refused: sqs/fifo-no-per-message-delay explains it.
      if (isFifoQueue(design, queue)) return [];
      return senderEdges(design, queue).flatMap((edge) => {
        const delay = design.edgeConfig(edge).delaySeconds;
        if (typeof delay !== 'number' || (delay >= 0 && delay <= 900)) return [];
        return [
          {
            message: `${design.edgeKey(edge)}: delaySeconds is ${delay} s; a message timer may be 0–900 s.`,
            why: 'A message timer hides one message for up to 15 minutes (900 s), like a delay queue does for every message; SQS rejects longer timers.',
            fix: 'Set delaySeconds between 0 and 900 s on the edge.',
            nodes: [edge.from, queue.id],
            edges: [design.edgeKey(edge)],
            property: 'delaySeconds',
          },
        ];
      });
    });
  },
});
