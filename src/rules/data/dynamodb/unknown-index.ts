import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';
import { globalIndexes, localIndexes } from './table-facts.ts';

export const dynamodbUnknownIndex = defineRule({
  id: 'dynamodb/unknown-index',
  severity: 'error',
  title: 'Reads of an index the table does not have',
  source: {
    section: 'DynamoDB',
    quote: 'A local secondary index can only be created at the time of table creation, but a global secondary index can be created at at any time.',
  },
  facts: ['ddb.lsi.creation'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      const config = design.config(table);
      const names = [...globalIndexes(config), ...localIndexes(config)].map((index) => index.name);
      for (const edge of design.edgesTo(table.id, { role: 'none' })) {
        const index = text(design.edgeConfig(edge).index);
        if (index === undefined || names.includes(index)) continue;
        reports.push({
          message: `${edge.from} queries index ${index}, which ${table.id} does not define.`,
          why: `Queries name an index of the table; ${table.id} has ${names.length > 0 ? `only ${names.join(', ')}` : 'no secondary index'}, so DynamoDB answers ResourceNotFound/ValidationException.`,
          fix: `Add ${index} to ${table.id}'s GlobalSecondaryIndexes (a GSI can be added any time; an LSI only when the table is created), or fix the index name on the edge.`,
          nodes: [edge.from, table.id],
          edges: [design.edgeKey(edge)],
          property: 'index',
        });
      }
    }
    return reports;
  },
});
