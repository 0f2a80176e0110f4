import { defineRule } from '../../define.ts';
import { isFifoQueue, QUEUE } from '../kinds.ts';

const BASE_NAME = /^[A-Za-z0-9_-]+$/;
const MAX_LENGTH = 80;

export const queueName = defineRule({
  id: 'sqs/queue-name',
  severity: 'error',
  title: 'A queue name SQS does not accept (FIFO names end in .fifo)',
  source: { section: 'SQS', quote: 'FIFO queue: strict ordering, one-time processing and no duplicates.' },
  facts: ['sqs.fifo.semantics'],
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      const name = design.config(queue).QueueName;
      if (typeof name !== 'string') return [];
      const fifo = isFifoQueue(design, queue);
      const problem = nameProblem(name, fifo);
      if (!problem) return [];
      return [
        {
          message: `${queue.id}: QueueName "${name}" ${problem}.`,
          why: `A queue name has up to ${MAX_LENGTH} characters: letters, digits, "-" and "_"; a FIFO queue's name must end in ".fifo" (which counts towards the ${MAX_LENGTH}) and a standard queue's must not.`,
          fix: fifo ? `Rename it, e.g. "${baseOf(name)}.fifo".` : `Rename it, e.g. "${baseOf(name)}", or set FifoQueue: true if it is meant to be FIFO.`,
          nodes: [queue.id],
          edges: [],
          property: 'QueueName',
        },
      ];
    });
  },
});

function nameProblem(name: string, fifo: boolean): string | undefined {
  if (name.length > MAX_LENGTH) return `is ${name.length} characters long (at most ${MAX_LENGTH})`;
  const endsInFifo = name.endsWith('.fifo');
  if (fifo && !endsInFifo) return 'does not end in ".fifo", which a FIFO queue’s name must';
  if (!fifo && endsInFifo) return 'ends in ".fifo" but the queue is a standard queue';
  if (!BASE_NAME.test(baseOf(name))) return 'has characters other than letters, digits, "-" and "_"';
  return undefined;
}

function baseOf(name: string): string {
  return name.endsWith('.fifo') ? name.slice(0, -'.fifo'.length) : name;
}
