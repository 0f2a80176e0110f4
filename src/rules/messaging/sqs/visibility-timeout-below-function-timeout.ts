import { defineRule } from '../../define.ts';
import { eventSourceEdges } from '../kinds.ts';

export const visibilityTimeoutBelowFunctionTimeout = defineRule({
  id: 'sqs/visibility-timeout-below-function-timeout',
  severity: 'error',
  title: 'A queue polled by Lambda with a visibility timeout shorter than the function timeout',
  source: {
    section: 'SQS',
    quote: "If the job isn't processed in that time, the msg becomse visible again and another reader will process it.",
  },
  facts: ['sqs.visibility.timeout'],
  check(design) {
    return eventSourceEdges(design).flatMap(({ edge, queue, fn }) => {
      const visibility = design.config(queue).VisibilityTimeout;
      const timeout = design.config(fn).Timeout;
      if (typeof visibility !== 'number' || typeof timeout !== 'number' || visibility >= timeout) return [];
      return [
        {
          message: `${queue.id} has a VisibilityTimeout of ${visibility} s but the function ${fn.id} it triggers may run for ${timeout} s.`,
          why: 'Lambda refuses to create the event source mapping when the function timeout exceeds the queue’s visibility timeout: a batch still being processed would become visible again and be handled twice.',
          fix: `Raise VisibilityTimeout on ${queue.id} to at least ${timeout} s (AWS recommends ${timeout * 6} s, six times the function timeout), or lower the Timeout of ${fn.id}.`,
          nodes: [queue.id, fn.id],
          edges: [design.edgeKey(edge)],
          property: 'VisibilityTimeout',
        },
      ];
    });
  },
});
