import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count, record } from '../config-values.ts';

export const dynamodbPitrRecoveryPeriod = defineRule({
  id: 'dynamodb/pitr-recovery-period',
  severity: 'error',
  title: 'A point-in-time recovery period outside 1–35 days',
  source: {
    section: 'DynamoDB',
    quote: 'When enabled, DynamoDB maintains incremental backups of your table for the last 35 days until you explicitly turn it off.',
  },
  facts: ['ddb.pitr.35days'],
  currentFact: 'The PITR recovery period is now configurable from 1 to 35 days (RecoveryPeriodInDays, default 35); the price is the same whatever the period.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      const days = count(record(design.config(table).PointInTimeRecoverySpecification).RecoveryPeriodInDays);
      if (days === undefined || (days >= 1 && days <= 35)) continue;
      reports.push({
        message: `${table.id}: RecoveryPeriodInDays is ${days}; DynamoDB allows 1–35 days.`,
        why: 'Point-in-time recovery keeps continuous backups for a recovery period you choose between 1 and 35 days; you can restore to any second within it (up to about 5 minutes ago).',
        fix: days < 1 ? 'Set RecoveryPeriodInDays to at least 1, or turn PointInTimeRecoveryEnabled off.' : 'Set RecoveryPeriodInDays to 35 or less; keep longer history with on-demand backups (AWS Backup).',
        nodes: [table.id],
        edges: [],
        property: 'PointInTimeRecoverySpecification',
      });
    }
    return reports;
  },
});
