import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag, text } from '../config-values.ts';

export const daxStrongReadsNotCached = defineRule({
  id: 'dax/strong-reads-not-cached',
  severity: 'warning',
  title: 'Strongly consistent reads through DAX',
  source: {
    section: 'DynamoDB',
    quote: "It improves response times for eventually consistent reads only. ... It's not suitable for apps requiring strongly consistent reads, or write intensive apps.",
  },
  facts: ['ddb.dax.eventual_only'],
  currentFact:
    'DAX caches eventually consistent GetItem, BatchGetItem, Query and Scan results (microsecond hits, item cache TTL 5 minutes by default); it passes strongly consistent reads through to DynamoDB and does not cache them.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const cluster of design.nodesOfKind('AWS::DAX::Cluster')) {
      for (const edge of design.edgesTo(cluster.id, { role: 'none' })) {
        const config = design.edgeConfig(edge);
        if (!flag(config.consistentRead) || text(config.operation) === 'write') continue;
        reports.push({
          message: `${edge.from} makes strongly consistent reads through ${cluster.id}: none of them is cached.`,
          why: 'DAX answers only eventually consistent reads from its cache. A ConsistentRead=true request goes straight to the table, paying DynamoDB latency and full read units, plus the extra hop.',
          fix: `Read eventually consistently through ${cluster.id} (consistentRead: false) where a few seconds of staleness are fine; send the reads that must be strongly consistent straight to the table.`,
          nodes: [edge.from, cluster.id],
          edges: [design.edgeKey(edge)],
          property: 'consistentRead',
        });
      }
    }
    return reports;
  },
});
