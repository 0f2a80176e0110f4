import { defineRule } from '../../define.ts';
import { eventSourceEdges } from '../kinds.ts';

/** AWS's advice: room for Lambda to retry a batch when the function is throttled. */
const RECOMMENDED_MULTIPLE = 6;

export const visibilityTimeoutBelowSixTimesFunctionTimeout = defineRule({
  id: 'sqs/visibility-timeout-below-six-times-function-timeout',
  severity: 'warning',
  title: 'A queue polled by Lambda with a visibility timeout under six times the function timeout',
  source: {
    section: 'SQS',
    quote: "If the job isn't processed in that time, the msg becomse visible again and another reader will process it.",
  },
  facts: ['sqs.visibility.timeout'],
  check(design) {
    return eventSourceEdges(design).flatMap(({ edge, queue, fn }) => {
      const visibility = design.config(queue).VisibilityTimeout;
      const timeout = design.config(fn).Timeout;
      if (typeof visibility !== 'number' || typeof timeout !== 'number') return [];
      // Shorter than the timeout itself is an error reported by sqs/visibility-timeout-below-function-timeout.
      if (visibility < timeout || visibility >= timeout * RECOMMENDED_MULTIPLE) return [];
      return [
        {
          message: `${queue.id} has a VisibilityTimeout of ${visibility} s, less than six times the ${timeout} s timeout of ${fn.id}.`,
          why: 'AWS recommends a visibility timeout of at least six times the function timeout: when the function is throttled, Lambda retries the batch, and messages that become visible meanwhile are received again and may be processed twice or reach the dead-letter queue early.',
          fix: `Raise VisibilityTimeout on ${queue.id} to ${timeout * RECOMMENDED_MULTIPLE} s or more.`,
          nodes: [queue.id, fn.id],
          edges: [design.edgeKey(edge)],
          property: 'VisibilityTimeout',
        },
      ];
    });
  },
});
