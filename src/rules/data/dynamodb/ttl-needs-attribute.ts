import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { list, record, text } from '../config-values.ts';

export const dynamodbTtlNeedsAttribute = defineRule({
  id: 'dynamodb/ttl-needs-attribute',
  severity: 'error',
  title: 'TTL enabled without a usable expiry attribute',
  source: {
    section: 'DynamoDB',
    quote: 'DynamoDB TTL is a time to leave attribute to remove irrelevant or old data which sets the time in Unix/Posix epoch times, the #seconds since 1970/1/1.',
  },
  facts: ['ddb.ttl'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const table of design.nodesOfKind('AWS::DynamoDB::Table')) {
      const config = design.config(table);
      const ttl = record(config.TimeToLiveSpecification);
      if (ttl.Enabled !== true) continue;
      const attribute = text(ttl.AttributeName);
      const declared = list(config.AttributeDefinitions).find((definition) => definition.AttributeName === attribute);
      if (attribute !== undefined && (declared === undefined || declared.AttributeType === 'N')) continue;
      reports.push({
        message:
          attribute === undefined
            ? `${table.id}: TimeToLiveSpecification is enabled without an AttributeName.`
            : `${table.id}: the TTL attribute ${attribute} is declared as type ${String(declared?.AttributeType)}, not a number.`,
        why: 'TTL deletes an item once the time in its TTL attribute, a Number of seconds since 1970-01-01 (Unix epoch), has passed; items whose attribute is missing or not a Number never expire. Deletion is a free background process, typically within a few days.',
        fix: 'Name the attribute (e.g. AttributeName: expiresAt) and store epoch seconds as a Number in it.',
        nodes: [table.id],
        edges: [],
        property: 'TimeToLiveSpecification',
      });
    }
    return reports;
  },
});
