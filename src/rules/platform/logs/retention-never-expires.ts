import { defineRule } from '../../define.ts';

export const retentionNeverExpires = defineRule({
  id: 'logs/retention-never-expires',
  severity: 'info',
  title: 'Logs kept forever',
  source: { section: 'Cloudwatch', quote: 'By default, Cloudwatch stores the log data indefinitely, but you can change the retention' },
  facts: ['cw.logs.retention'],
  check(design) {
    return design
      .nodesOfKind('AWS::Logs::LogGroup')
      .filter((group) => design.config(group).RetentionInDays === undefined)
      .map((group) => ({
        message: `${group.id}: no retention is set, so its log events never expire.`,
        why: 'A log group keeps events forever by default and storage is billed per GB each month, so the bill keeps growing. With a retention period, CloudWatch Logs deletes older events (within about 72 hours of expiry).',
        fix: `Set RetentionInDays on ${group.id} (e.g. 30), and export what must be kept longer to S3.`,
        nodes: [group.id],
        edges: [],
        property: 'RetentionInDays',
      }));
  },
});
