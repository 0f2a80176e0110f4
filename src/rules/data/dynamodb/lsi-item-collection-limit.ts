import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { localIndexes } from './table-facts.ts';

export const dynamodbLsiItemCollectionLimit = defineRule({
  id: 'dynamodb/lsi-item-collection-limit',
  severity: 'info',
  title: 'Local secondary indexes cap each partition key at 10 GB and are fixed at creation',
  source: {
    section: 'DynamoDB',
    quote: 'Local indexes are immediately consistent but once you create them, all records sharing the same partition key need to fit in 10GB.',
  },
  facts: ['ddb.lsi.consistency_10gb', 'ddb.lsi.creation'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      const indexes = localIndexes(design.config(table));
      if (indexes.length === 0) continue;
      reports.push({
        message: `${table.id} has local secondary indexes (${indexes.map((index) => index.name).join(', ')}): each partition key value is limited to 10 GB.`,
        why: 'With any LSI, all items sharing a partition key value (the item collection, table plus LSIs) must fit in 10 GB; writes to a full collection fail. LSIs can only be defined when the table is created, and they share the table’s capacity.',
        fix: 'Keep LSIs when you need strongly consistent index reads and each key stays small; otherwise use a GSI (no size limit, added any time, eventually consistent).',
        nodes: [table.id],
        edges: [],
        property: 'LocalSecondaryIndexes',
      });
    }
    return reports;
  },
});
