import { APPLICATION_KINDS } from '../../../catalog/groups.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag, text } from '../config-values.ts';
import { replicaSource } from './replication.ts';

export const rdsReadReplicaIsEventuallyConsistent = defineRule({
  id: 'rds/read-replica-is-eventually-consistent',
  severity: 'warning',
  title: 'Read-after-write consistency expected from a read replica',
  source: {
    section: 'RDS',
    quote: 'updates to source are asynchronously replicated to read replica (eventual consistency). ... Querying a read replica might mean you receive stale or old data.',
  },
  facts: ['rds.readreplica.async'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::RDS::DBInstance')) {
      const source = replicaSource(design, node);
      if (!source) continue;
      for (const edge of design.edgesTo(node.id, { kind: APPLICATION_KINDS, role: 'none' })) {
        if (!flag(design.edgeConfig(edge).consistentRead) || text(design.edgeConfig(edge).operation) === 'write') continue;
        reports.push({
          message: `${edge.from} expects to read its own writes from ${node.id}, an asynchronous read replica of ${source.id}.`,
          why: 'Read replicas apply the source’s changes asynchronously; replica lag (seconds, more under load) means a read right after a write can return old data.',
          fix: `Send reads that must see the latest write to ${source.id}; keep ${node.id} for reads that tolerate lag (reports, listings).`,
          nodes: [edge.from, node.id],
          edges: [design.edgeKey(edge)],
          property: 'consistentRead',
        });
      }
    }
    return reports;
  },
});
