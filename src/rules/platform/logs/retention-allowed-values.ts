import { LOG_RETENTION_DAYS } from '../../../catalog/services/cloudwatch.ts';
import { defineRule } from '../../define.ts';

export const retentionAllowedValues = defineRule({
  id: 'logs/retention-allowed-values',
  severity: 'error',
  title: 'A log retention period CloudWatch Logs does not offer',
  source: { section: 'Cloudwatch', quote: 'By default, Cloudwatch stores the log data indefinitely, but you can change the retention' },
  facts: ['cw.logs.retention'],
  check(design) {
    return design
      .nodesOfKind('AWS::Logs::LogGroup')
      .filter((group) => {
        const days = design.config(group).RetentionInDays;
        return typeof days === 'number' && !(LOG_RETENTION_DAYS as readonly number[]).includes(days);
      })
      .map((group) => {
        const days = Number(design.config(group).RetentionInDays);
        const nearest = LOG_RETENTION_DAYS.find((allowed) => allowed >= days) ?? 3_653;
        return {
          message: `${group.id}: RetentionInDays is ${days}, which is not one of the retention periods CloudWatch Logs offers.`,
          why: `Retention is chosen from a fixed list: ${LOG_RETENTION_DAYS.join(', ')} days (1 day to 10 years); any other value is rejected.`,
          fix: `Use ${nearest} days, or leave RetentionInDays out to keep the logs forever.`,
          nodes: [group.id],
          edges: [],
          property: 'RetentionInDays',
        };
      });
  },
});
