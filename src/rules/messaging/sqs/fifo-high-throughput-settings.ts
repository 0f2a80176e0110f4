import { defineRule } from '../../define.ts';
import { isFifoQueue, QUEUE } from '../kinds.ts';

export const fifoHighThroughputSettings = defineRule({
  id: 'sqs/fifo-high-throughput-settings',
  severity: 'error',
  title: 'FifoThroughputLimit perMessageGroupId without DeduplicationScope messageGroup',
  source: { section: 'SQS', quote: 'FIFO queue: strict ordering, one-time processing and no duplicates. But limit of 300 messages/second.' },
  facts: ['sqs.fifo.throughput'],
  currentFact:
    'FIFO is not capped at 300 messages/s: the quota is 300 API calls/s per action (3,000 messages/s with batches of 10), and high-throughput mode (DeduplicationScope messageGroup + FifoThroughputLimit perMessageGroupId) raises it much further.',
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      const config = design.config(queue);
      if (!isFifoQueue(design, queue) || config.FifoThroughputLimit !== 'perMessageGroupId' || config.DeduplicationScope === 'messageGroup') return [];
      return [
        {
          message: `${queue.id} sets FifoThroughputLimit to perMessageGroupId but DeduplicationScope to ${String(config.DeduplicationScope ?? 'queue')}.`,
          why: 'SQS allows a per-message-group throughput quota only when deduplication is also per message group; together they enable high-throughput FIFO (far above the default 300 API calls/s per action).',
          fix: `Set DeduplicationScope: messageGroup on ${queue.id} (high-throughput mode), or FifoThroughputLimit: perQueue.`,
          nodes: [queue.id],
          edges: [],
          property: 'DeduplicationScope',
        },
      ];
    });
  },
});
