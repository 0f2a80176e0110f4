import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';

export const daxWriteHeavy = defineRule({
  id: 'dax/write-heavy',
  severity: 'info',
  title: 'DAX in front of writes only',
  source: { section: 'DynamoDB', quote: "It's not suitable for apps requiring strongly consistent reads, or write intensive apps." },
  facts: ['ddb.dax.eventual_only'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cluster of design.nodesOfKind('AWS::DAX::Cluster')) {
      for (const edge of design.edgesTo(cluster.id, { role: 'none' })) {
        if (text(design.edgeConfig(edge).operation) !== 'write') continue;
        reports.push({
          message: `${edge.from} only writes through ${cluster.id}.`,
          why: 'DAX is write-through: every write goes to DynamoDB first and then updates the cache, so it adds latency to writes and saves nothing unless the items are read back through DAX.',
          fix: `Write straight to the table and put ${cluster.id} on the read path (eventually consistent reads of hot items).`,
          nodes: [edge.from, cluster.id],
          edges: [design.edgeKey(edge)],
          property: 'operation',
        });
      }
    }
    return reports;
  },
});
