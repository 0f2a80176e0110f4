import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag } from '../config-values.ts';
import { REPLICATION_GROUP, replicasPerShard } from './cache-facts.ts';

export const elasticacheAutomaticFailoverNeedsReplica = defineRule({
  id: 'elasticache/automatic-failover-needs-replica',
  severity: 'error',
  title: 'Automatic failover or Multi-AZ with no replica',
  source: { section: 'Elasticache', quote: 'Redis cluster provide high availability and durability' },
  facts: ['ec.redis'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const group of design.nodesOfKind(REPLICATION_GROUP)) {
      const config = design.config(group);
      const wanted = flag(config.AutomaticFailoverEnabled) || flag(config.MultiAZEnabled);
      if (!wanted || replicasPerShard(config) >= 1) continue;
      const property = config.ReplicasPerNodeGroup !== undefined ? 'ReplicasPerNodeGroup' : 'NumCacheClusters';
      reports.push({
        message: `${group.id} asks for ${flag(config.MultiAZEnabled) ? 'Multi-AZ' : 'automatic failover'} but has no replica (${property} ${String(config[property] ?? 1)}).`,
        why: 'Failover promotes a replica to primary; with only the primary node there is nothing to promote, and ElastiCache rejects the setting (NumCacheClusters must be at least 2, or ReplicasPerNodeGroup at least 1).',
        fix: 'Add a replica (NumCacheClusters: 2 or more, ideally in another Availability Zone), or turn failover off.',
        nodes: [group.id],
        edges: [],
        property,
      });
    }
    return reports;
  },
});
