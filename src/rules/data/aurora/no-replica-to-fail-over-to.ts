import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count, text } from '../config-values.ts';

export const auroraNoReplicaToFailOverTo = defineRule({
  id: 'aurora/no-replica-to-fail-over-to',
  severity: 'warning',
  title: 'A production Aurora cluster with no replica to fail over to',
  source: {
    section: 'Aurora',
    quote: 'Aurora moves out the logging and storage layers of the db into a multi tented, scale out db optimized storage service.',
  },
  facts: ['aurora.replicas'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cluster of design.nodesOfKind('AWS::RDS::DBCluster')) {
      const config = design.config(cluster);
      if ((count(config.readerInstances) ?? 0) > 0 || text(config.environment) !== 'production') continue;
      reports.push({
        message: `${cluster.id} has a writer and no Aurora Replica.`,
        why: 'Aurora keeps 6 copies of the data over 3 Availability Zones, but the writer instance is one machine: with no replica, recovering from its failure means creating a new instance (about 10 minutes); with a replica in another zone, failover takes about 30 s.',
        fix: 'Set readerInstances to 1 or more, with the replicas in other Availability Zones.',
        nodes: [cluster.id],
        edges: [],
        property: 'readerInstances',
      });
    }
    return reports;
  },
});
