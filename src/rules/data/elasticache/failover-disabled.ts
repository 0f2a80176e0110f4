import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag } from '../config-values.ts';
import { REPLICATION_GROUP, replicasPerShard } from './cache-facts.ts';

export const elasticacheFailoverDisabled = defineRule({
  id: 'elasticache/failover-disabled',
  severity: 'warning',
  title: 'Replicas without automatic failover',
  source: { section: 'Elasticache', quote: 'Use this if you want high availability, multi-AZ redundancy.' },
  facts: ['ec.redis'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const group of design.nodesOfKind(REPLICATION_GROUP)) {
      const config = design.config(group);
      const replicas = replicasPerShard(config);
      if (replicas < 1 || flag(config.AutomaticFailoverEnabled)) continue;
      reports.push({
        message: `${group.id} has ${replicas} replica(s) but AutomaticFailoverEnabled is false.`,
        why: 'Without automatic failover a failed primary stays down: writes fail until someone promotes a replica by hand. With it (and MultiAZEnabled), ElastiCache promotes a replica in seconds.',
        fix: 'Set AutomaticFailoverEnabled: true and MultiAZEnabled: true, with replicas in other Availability Zones.',
        nodes: [group.id],
        edges: [],
        property: 'AutomaticFailoverEnabled',
      });
    }
    return reports;
  },
});
