import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { capacitySettings } from './capacity-units.ts';

export const dynamodbCapacityAtLeastOne = defineRule({
  id: 'dynamodb/capacity-at-least-one',
  severity: 'error',
  title: 'Fewer than 1 read or write capacity unit',
  source: { section: 'DynamoDB', quote: '1 RCU = 1 strongly consistent read/s, or 2 eventually consisteny read/s for an item up to 4kb in size.' },
  facts: ['ddb.rcu.definition', 'ddb.wcu.definition'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      for (const setting of capacitySettings(design, table)) {
        if (setting.value >= 1) continue;
        reports.push({
          message: `${table.id}: ${setting.unit} of ${setting.owner} is ${setting.value}; the minimum is 1.`,
          why: 'Provisioned capacity is a whole number of units per second, at least 1 for reads and 1 for writes, on the table and on every GSI.',
          fix: 'Set it to 1 or more, sized for the traffic (reads of items up to 4 KB: 1 RCU per strongly consistent read/s, half for eventual).',
          nodes: [table.id],
          edges: [],
          property: 'ProvisionedThroughput',
        });
      }
    }
    return reports;
  },
});
