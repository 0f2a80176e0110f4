import { APPLICATION_KINDS } from '../../../catalog/groups.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag, text } from '../config-values.ts';
import { globalPrimaryOf } from './global-cluster.ts';

export const auroraGlobalSecondaryIsReadOnly = defineRule({
  id: 'aurora/global-secondary-is-read-only',
  severity: 'error',
  title: 'Writes to a secondary Region of an Aurora global database',
  source: { section: 'Aurora', quote: 'In Aurora global, the primary region allows read & write, while the secondary region is read only.' },
  facts: ['aurora.global'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cluster of design.nodesOfKind('AWS::RDS::DBCluster')) {
      const primary = globalPrimaryOf(design, cluster);
      if (!primary || flag(design.config(cluster).EnableGlobalWriteForwarding)) continue;
      for (const edge of design.edgesTo(cluster.id, { kind: APPLICATION_KINDS, role: 'none' })) {
        const operation = text(design.edgeConfig(edge).operation);
        if (operation !== 'write' && operation !== 'read-write') continue;
        reports.push({
          message: `${edge.from} writes to ${cluster.id}, a read-only secondary cluster of ${primary.id}'s global database.`,
          why: 'An Aurora global database has one writer, in the primary Region; secondary Regions (up to 10) only receive storage-level replication, typically under a second behind, and reject writes.',
          fix: `Send writes to ${primary.id}, or set EnableGlobalWriteForwarding: true on ${cluster.id} so it forwards writes to the primary.`,
          nodes: [edge.from, cluster.id],
          edges: [design.edgeKey(edge)],
          property: 'operation',
        });
      }
    }
    return reports;
  },
});
