import { defineRule } from '../../define.ts';
import { deadLetterEdges, isFifoQueue } from '../kinds.ts';
import { SQS_REDRIVE_FACT } from '../current-facts.ts';

export const dlqRetentionShorterThanSource = defineRule({
  id: 'sqs/dlq-retention-shorter-than-source',
  severity: 'warning',
  title: 'A dead-letter queue that keeps messages for less time than its source',
  source: {
    section: 'SQS',
    quote: 'Retention period default is 4 days, but you can increase the queue message retention up to 14 days with Set QueueAttributes action',
  },
  facts: ['sqs.dlq', 'sqs.retention'],
  currentFact: SQS_REDRIVE_FACT,
  check(design) {
    return deadLetterEdges(design).flatMap(({ edge, source, dlq }) => {
      const sourceRetention = design.config(source).MessageRetentionPeriod;
      const dlqRetention = design.config(dlq).MessageRetentionPeriod;
      if (typeof sourceRetention !== 'number' || typeof dlqRetention !== 'number' || dlqRetention >= sourceRetention) return [];
      const clock = isFifoQueue(design, source)
        ? 'A FIFO queue’s message restarts its retention clock in the dead-letter queue, but is still deleted sooner than it would have been in the source.'
        : 'A standard queue’s message keeps its original enqueue time when it moves, so a message that failed late may already be past the dead-letter queue’s retention and is deleted at once.';
      return [
        {
          message: `${dlq.id} keeps messages for ${dlqRetention} s, less than its source queue ${source.id} (${sourceRetention} s).`,
          why: `Dead-lettered messages are there to be inspected and redriven. ${clock}`,
          fix: `Give ${dlq.id} a MessageRetentionPeriod of at least ${sourceRetention} s (AWS advises longer than the source’s; up to 1,209,600 s = 14 days).`,
          nodes: [source.id, dlq.id],
          edges: [design.edgeKey(edge)],
          property: 'MessageRetentionPeriod',
        },
      ];
    });
  },
});
