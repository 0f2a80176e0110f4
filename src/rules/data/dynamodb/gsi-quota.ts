import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { globalIndexes } from './table-facts.ts';

const DEFAULT_GSI_QUOTA = 20;

export const dynamodbGsiQuota = defineRule({
  id: 'dynamodb/gsi-quota',
  severity: 'warning',
  title: 'More global secondary indexes than the default quota',
  source: { section: 'DynamoDB', quote: 'LSIs and GSIs can coexist.' },
  facts: ['ddb.index.limits'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      const indexes = globalIndexes(design.config(table));
      if (indexes.length <= DEFAULT_GSI_QUOTA) continue;
      reports.push({
        message: `${table.id} has ${indexes.length} global secondary indexes; the default quota is ${DEFAULT_GSI_QUOTA} per table.`,
        why: 'Each table gets 20 GSIs by default (adjustable through Service Quotas); creating more fails until the quota is raised. Every GSI also adds write cost.',
        fix: 'Request a higher quota, or serve several access patterns from one GSI with overloaded keys.',
        nodes: [table.id],
        edges: [],
        property: 'GlobalSecondaryIndexes',
      });
    }
    return reports;
  },
});
