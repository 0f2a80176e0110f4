import { APPLICATION_KINDS } from '../../../catalog/groups.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';
import { replicaSource } from './replication.ts';

export const rdsReadReplicaIsReadOnly = defineRule({
  id: 'rds/read-replica-is-read-only',
  severity: 'error',
  title: 'Writes sent to a read replica',
  source: { section: 'RDS', quote: "It's a read-only db instance, updates to source are asynchronously replicated to read replica" },
  facts: ['rds.readreplica.async'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::RDS::DBInstance')) {
      const source = replicaSource(design, node);
      if (!source) continue;
      for (const edge of design.edgesTo(node.id, { kind: APPLICATION_KINDS, role: 'none' })) {
        const operation = text(design.edgeConfig(edge).operation);
        if (operation !== 'write' && operation !== 'read-write') continue;
        reports.push({
          message: `${edge.from} writes to ${node.id}, a read replica of ${source.id}.`,
          why: 'A read replica is read-only: it only applies the changes replicated from its source, and rejects the application’s writes.',
          fix: `Send writes to ${source.id} and keep operation: read on the edge to ${node.id} (or promote ${node.id} to a standalone instance for disaster recovery).`,
          nodes: [edge.from, node.id],
          edges: [design.edgeKey(edge)],
          property: 'operation',
        });
      }
    }
    return reports;
  },
});
