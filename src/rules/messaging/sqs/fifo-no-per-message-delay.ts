import { defineRule } from '../../define.ts';
import { isFifoQueue, QUEUE, senderEdges } from '../kinds.ts';

export const fifoNoPerMessageDelay = defineRule({
  id: 'sqs/fifo-no-per-message-delay',
  severity: 'error',
  title: 'A per-message timer on a message sent to a FIFO queue',
  source: { section: 'SQS', quote: 'For delaying individual messages rather than the entire queue, use message timers.' },
  facts: ['sqs.delay.queue'],
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      if (!isFifoQueue(design, queue)) return [];
      return senderEdges(design, queue)
        .filter((edge) => typeof design.edgeConfig(edge).delaySeconds === 'number')
        .map((edge) => ({
          message: `${edge.from} sets delaySeconds on messages to the FIFO queue ${queue.id}.`,
          why: 'FIFO queues do not support per-message timers: a delayed message would overtake or be overtaken by its group. SQS rejects DelaySeconds on a message sent to a FIFO queue; only the queue-level delay applies.',
          fix: `Remove delaySeconds from the edge ${design.edgeKey(edge)} and set DelaySeconds (0–900 s) on ${queue.id} instead.`,
          nodes: [edge.from, queue.id],
          edges: [design.edgeKey(edge)],
          property: 'delaySeconds',
        }));
    });
  },
});
