import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { capacitySettings } from './capacity-units.ts';

const TABLE_QUOTA = 40_000;

export const dynamodbCapacityWithinTableQuota = defineRule({
  id: 'dynamodb/capacity-within-table-quota',
  severity: 'warning',
  title: 'Capacity units above the default per-table quota',
  source: {
    section: 'DynamoDB',
    quote: 'The number of tables per account and number of provisioned throughput units per account can be changed by raising a request.',
  },
  facts: ['ddb.throughput.quotas'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      for (const setting of capacitySettings(design, table)) {
        if (setting.value <= TABLE_QUOTA) continue;
        reports.push({
          message: `${table.id}: ${setting.unit} of ${setting.owner} is ${setting.value.toLocaleString('en-US')}, above the default quota of 40,000 per table.`,
          why: 'By default a provisioned table (and each GSI) gets at most 40,000 RCU and 40,000 WCU, and an account 80,000 of each per Region; the update fails unless the quota was raised through Service Quotas.',
          fix: 'Request a quota increase before deploying, cache reads (DAX) to need fewer RCU, or use on-demand mode.',
          nodes: [table.id],
          edges: [],
          property: 'ProvisionedThroughput',
        });
      }
    }
    return reports;
  },
});
