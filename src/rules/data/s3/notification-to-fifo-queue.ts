import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag } from '../config-values.ts';

export const s3NotificationToFifoQueue = defineRule({
  id: 's3/notification-to-fifo-queue',
  severity: 'error',
  title: 'S3 event notifications sent to a FIFO queue',
  source: { section: 'Lambda', quote: 'Lambda works on S3 events asynchronously' },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      for (const edge of design.edgesFrom(bucket.id, { kind: 'AWS::SQS::Queue', role: 'none' })) {
        const queue = design.node(edge.to);
        if (!queue || !flag(design.config(queue).FifoQueue)) continue;
        reports.push({
          message: `${bucket.id} sends event notifications to ${queue.id}, a FIFO queue.`,
          why: 'Amazon S3 event notifications can target only standard SQS queues; a FIFO queue as a destination is rejected.',
          fix: `Send the events to a standard queue, or to EventBridge (which can forward to a FIFO queue with a message group id).`,
          nodes: [bucket.id, queue.id],
          edges: [design.edgeKey(edge)],
        });
      }
    }
    return reports;
  },
});
