import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag, text } from '../config-values.ts';
import { globalIndexes } from './table-facts.ts';

export const dynamodbStrongReadOnGsi = defineRule({
  id: 'dynamodb/strong-read-on-gsi',
  severity: 'error',
  title: 'Strongly consistent reads of a global secondary index',
  source: { section: 'DynamoDB', quote: "Global indexes don't constrain your table size in any way, but reading from them is eventually consistent." },
  facts: ['ddb.gsi.consistency', 'ddb.consistency.default'],
  currentFact:
    'DynamoDB is not "immediately consistent": reads are eventually consistent by default, and ConsistentRead=true is available on tables and LSIs only. GSI and stream reads are always eventually consistent.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      const gsiNames = new Set(globalIndexes(design.config(table)).map((index) => index.name));
      for (const edge of design.edgesTo(table.id, { role: 'none' })) {
        const config = design.edgeConfig(edge);
        const index = text(config.index);
        if (!flag(config.consistentRead) || index === undefined || !gsiNames.has(index) || text(config.operation) === 'write') continue;
        reports.push({
          message: `${edge.from} reads ${table.id}'s global secondary index ${index} with consistentRead.`,
          why: 'A GSI is updated asynchronously from its table, so it offers eventually consistent reads only; a Query or Scan with ConsistentRead=true on a GSI fails with a ValidationException.',
          fix: `Drop consistentRead for the ${index} reads and tolerate a short lag, read the item by its key from the table with consistentRead, or use an LSI (same partition key, strongly consistent reads allowed).`,
          nodes: [edge.from, table.id],
          edges: [design.edgeKey(edge)],
          property: 'consistentRead',
        });
      }
    }
    return reports;
  },
});
