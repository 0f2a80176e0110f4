import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { localIndexes, partitionKeyOf } from './table-facts.ts';

export const dynamodbLsiSamePartitionKey = defineRule({
  id: 'dynamodb/lsi-same-partition-key',
  severity: 'error',
  title: 'A local secondary index with another partition key than its table',
  source: { section: 'DynamoDB', quote: 'The partition key and sort key can be different from the base table.' },
  facts: ['ddb.keys.indexes'],
  currentFact: 'Only a GSI may use any partition and sort key. An LSI must use the same partition key as its table, with a different sort key.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      const config = design.config(table);
      const tableKey = partitionKeyOf(config.KeySchema);
      if (tableKey === undefined) continue;
      for (const index of localIndexes(config)) {
        if (index.partitionKey === undefined || index.partitionKey === tableKey) continue;
        reports.push({
          message: `${table.id}: local secondary index ${index.name} is partitioned by ${index.partitionKey}, but the table by ${tableKey}.`,
          why: 'An LSI re-sorts the items of each table partition: it keeps the table’s partition key and only changes the sort key. Another partition key needs a global secondary index.',
          fix: `Give ${index.name} the HASH key ${tableKey} (and a new RANGE key), or make it a GlobalSecondaryIndex.`,
          nodes: [table.id],
          edges: [],
          property: 'LocalSecondaryIndexes',
        });
      }
    }
    return reports;
  },
});
