import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count } from '../config-values.ts';

export const rdsReplicaSourceNeedsBackups = defineRule({
  id: 'rds/replica-source-needs-backups',
  severity: 'error',
  title: 'A read replica of a source without automated backups',
  source: { section: 'RDS', quote: 'Disaster recovery: promote a read replica to a standalone instance as a disaster recovery solution' },
  facts: ['rds.readreplica.async', 'rds.multiaz.readreplica_source'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const source of design.nodesOfKind('AWS::RDS::DBInstance')) {
      if ((count(design.config(source).BackupRetentionPeriod) ?? 1) > 0) continue;
      const replicas = design.edgesFrom(source.id, { kind: 'AWS::RDS::DBInstance', role: 'replica' });
      if (replicas.length === 0) continue;
      reports.push({
        message: `${source.id} has read replicas but BackupRetentionPeriod 0 (automated backups off).`,
        why: 'RDS creates a read replica from a snapshot of the source and replays its transaction logs; a source needs automated backups (retention of at least 1 day) before any replica can be created.',
        fix: `Set ${source.id}'s BackupRetentionPeriod to 1 or more (up to 35 days).`,
        nodes: [source.id, ...replicas.map((edge) => edge.to)],
        edges: replicas.map((edge) => design.edgeKey(edge)),
        property: 'BackupRetentionPeriod',
      });
    }
    return reports;
  },
});
