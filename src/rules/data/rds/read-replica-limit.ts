import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { engineOf, replicaLimit } from './replication.ts';

export const rdsReadReplicaLimit = defineRule({
  id: 'rds/read-replica-limit',
  severity: 'error',
  title: 'More read replicas than the engine allows per source',
  source: { section: 'RDS', quote: 'Scaling: redirect excess read traffic to 1+ read replicas. you can create up to 5 read replicas' },
  facts: ['rds.readreplica.count'],
  currentFact: 'RDS for MySQL, MariaDB and PostgreSQL allow up to 15 read replicas per source DB instance; Oracle and SQL Server 5; Db2 3 (the notes say 5 for all).',
  check(design) {
    const reports: RuleReport[] = [];
    for (const source of design.nodesOfKind('AWS::RDS::DBInstance')) {
      const replicas = design.edgesFrom(source.id, { kind: 'AWS::RDS::DBInstance', role: 'replica' });
      const engine = engineOf(design, source);
      const limit = replicaLimit(engine);
      if (replicas.length <= limit) continue;
      reports.push({
        message: `${source.id} has ${replicas.length} read replicas; ${engine ?? 'an RDS MySQL, MariaDB or PostgreSQL'} source allows ${limit}.`,
        why: 'Each RDS source DB instance supports up to 15 read replicas for MySQL, MariaDB and PostgreSQL, 5 for Oracle and SQL Server and 3 for Db2; creating one more fails.',
        fix: `Remove ${replicas.length - limit} replica(s), chain replicas from a replica (MySQL, MariaDB), cache hot reads (ElastiCache), or move to Aurora (15 replicas on shared storage).`,
        nodes: [source.id, ...replicas.map((edge) => edge.to)],
        edges: replicas.map((edge) => design.edgeKey(edge)),
      });
    }
    return reports;
  },
});
