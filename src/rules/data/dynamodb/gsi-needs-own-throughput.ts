import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { globalIndexes, isProvisioned } from './table-facts.ts';

export const dynamodbGsiNeedsOwnThroughput = defineRule({
  id: 'dynamodb/gsi-needs-own-throughput',
  severity: 'error',
  title: 'A global secondary index without its own throughput in a provisioned table',
  source: {
    section: 'DynamoDB',
    quote: 'LSIs use the RCU and WCU of the main table, which can\'t be changed. GSIs are stored in their own partition space away from the base table, and scale separately from the base table.',
  },
  facts: ['ddb.lsi.capacity'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      const config = design.config(table);
      const provisioned = isProvisioned(config);
      for (const index of globalIndexes(config)) {
        if (provisioned === (index.provisioned !== undefined)) continue;
        reports.push({
          message: provisioned
            ? `${table.id}: global secondary index ${index.name} has no ProvisionedThroughput.`
            : `${table.id}: global secondary index ${index.name} has ProvisionedThroughput in an on-demand table.`,
          why: provisioned
            ? 'A GSI is stored and scaled apart from its table, with its own read and write capacity: in PROVISIONED mode each GSI must declare it. An under-provisioned GSI throttles the table’s writes.'
            : 'In PAY_PER_REQUEST mode the indexes are on-demand too; DynamoDB refuses capacity units on them.',
          fix: provisioned
            ? `Give ${index.name} ProvisionedThroughput with at least the write capacity of the table for the items it projects.`
            : `Remove ProvisionedThroughput from ${index.name}.`,
          nodes: [table.id],
          edges: [],
          property: 'GlobalSecondaryIndexes',
        });
      }
    }
    return reports;
  },
});
