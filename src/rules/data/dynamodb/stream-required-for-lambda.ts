import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

export const dynamodbStreamRequiredForLambda = defineRule({
  id: 'dynamodb/stream-required-for-lambda',
  severity: 'error',
  title: 'A table triggering a Lambda function without a stream',
  source: {
    section: 'DynamoDB',
    quote: 'DynamoDB streams is a time-ordered sequence of item level modifications in the DynamoDB tables, can be used as an event source for Lambda',
  },
  facts: ['ddb.streams'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      if (design.config(table).StreamSpecification !== undefined) continue;
      for (const edge of design.edgesFrom(table.id, { kind: 'AWS::Lambda::Function', role: 'none' })) {
        reports.push({
          message: `${table.id} feeds ${edge.to}, but ${table.id} has no StreamSpecification.`,
          why: 'Lambda reads table changes from the table’s DynamoDB stream (an event source mapping on the stream ARN); without a stream there is nothing to map and no record reaches the function.',
          fix: `Set StreamSpecification { StreamViewType: NEW_AND_OLD_IMAGES } (or NEW_IMAGE, OLD_IMAGE, KEYS_ONLY) on ${table.id}.`,
          nodes: [table.id, edge.to],
          edges: [design.edgeKey(edge)],
          property: 'StreamSpecification',
        });
      }
    }
    return reports;
  },
});
