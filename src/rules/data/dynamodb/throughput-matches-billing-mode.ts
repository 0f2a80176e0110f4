import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { isProvisioned } from './table-facts.ts';

export const dynamodbThroughputMatchesBillingMode = defineRule({
  id: 'dynamodb/throughput-matches-billing-mode',
  severity: 'error',
  title: 'ProvisionedThroughput missing in PROVISIONED mode, or set in on-demand mode',
  source: { section: 'DynamoDB', quote: 'RCU and WCUs are specific to one table.' },
  facts: ['ddb.wcu.definition', 'ddb.rcu.definition'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      const config = design.config(table);
      const provisioned = isProvisioned(config);
      const hasThroughput = config.ProvisionedThroughput !== undefined;
      if (provisioned === hasThroughput) continue;
      reports.push(
        provisioned
          ? {
              message: `${table.id}: BillingMode is PROVISIONED (the default) but ProvisionedThroughput is missing.`,
              why: 'A provisioned table must declare its ReadCapacityUnits and WriteCapacityUnits (1 RCU = one strongly consistent 4 KB read/s; 1 WCU = one 1 KB write/s); CloudFormation rejects the table without them.',
              fix: 'Add ProvisionedThroughput { ReadCapacityUnits, WriteCapacityUnits } sized for the traffic, or set BillingMode: PAY_PER_REQUEST.',
              nodes: [table.id],
              edges: [],
              property: 'ProvisionedThroughput',
            }
          : {
              message: `${table.id}: BillingMode is PAY_PER_REQUEST but ProvisionedThroughput is set.`,
              why: 'On-demand tables are billed per request and scale by themselves; DynamoDB refuses capacity units on them.',
              fix: 'Remove ProvisionedThroughput, or set BillingMode: PROVISIONED.',
              nodes: [table.id],
              edges: [],
              property: 'ProvisionedThroughput',
            },
      );
    }
    return reports;
  },
});
