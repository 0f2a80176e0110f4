import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { localIndexes } from './table-facts.ts';

const MAX_LSIS = 5;

export const dynamodbLsiLimit = defineRule({
  id: 'dynamodb/lsi-limit',
  severity: 'error',
  title: 'More than 5 local secondary indexes',
  source: { section: 'DynamoDB', quote: 'LSIs and GSIs can coexist.' },
  facts: ['ddb.index.limits'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      const indexes = localIndexes(design.config(table));
      if (indexes.length <= MAX_LSIS) continue;
      reports.push({
        message: `${table.id} has ${indexes.length} local secondary indexes; a table can have ${MAX_LSIS}.`,
        why: 'A table has at most 5 LSIs (a fixed limit) and, by default, 20 GSIs.',
        fix: 'Turn some LSIs into global secondary indexes, or combine access patterns into an overloaded sort key.',
        nodes: [table.id],
        edges: [],
        property: 'LocalSecondaryIndexes',
      });
    }
    return reports;
  },
});
