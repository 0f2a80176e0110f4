import { defineRule } from '../../define.ts';
import { isFifoQueue, QUEUE } from '../kinds.ts';

const FIFO_ONLY = ['ContentBasedDeduplication', 'FifoThroughputLimit', 'DeduplicationScope'] as const;

export const fifoSettingsOnStandardQueue = defineRule({
  id: 'sqs/fifo-settings-on-standard-queue',
  severity: 'error',
  title: 'FIFO-only settings on a standard queue',
  source: { section: 'SQS', quote: 'It has no strict ordering and might contain duplicates.' },
  facts: ['sqs.standard.ordering', 'sqs.fifo.semantics'],
  check(design) {
    return design.nodesOfKind(QUEUE).flatMap((queue) => {
      if (isFifoQueue(design, queue)) return [];
      const config = design.config(queue);
      return FIFO_ONLY.filter((key) => config[key] !== undefined && config[key] !== false).map((key) => ({
        message: `${queue.id} is a standard queue but sets ${key}, which only FIFO queues have.`,
        why: 'Deduplication and the high-throughput settings belong to FIFO queues; SQS rejects them on a standard queue, which delivers at least once and may deliver duplicates.',
        fix: `Remove ${key} from ${queue.id}, or make it a FIFO queue (FifoQueue: true) if it needs ordering and deduplication.`,
        nodes: [queue.id],
        edges: [],
        property: key,
      }));
    });
  },
});
