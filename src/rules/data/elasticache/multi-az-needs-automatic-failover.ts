import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag } from '../config-values.ts';
import { REPLICATION_GROUP } from './cache-facts.ts';

export const elasticacheMultiAzNeedsAutomaticFailover = defineRule({
  id: 'elasticache/multi-az-needs-automatic-failover',
  severity: 'error',
  title: 'Multi-AZ without automatic failover',
  source: { section: 'Elasticache', quote: 'Use this if you want high availability, multi-AZ redundancy.' },
  facts: ['ec.redis'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const group of design.nodesOfKind(REPLICATION_GROUP)) {
      const config = design.config(group);
      if (!flag(config.MultiAZEnabled) || flag(config.AutomaticFailoverEnabled)) continue;
      reports.push({
        message: `${group.id}: MultiAZEnabled is true but AutomaticFailoverEnabled is false.`,
        why: 'Multi-AZ means a replica in another Availability Zone is promoted automatically when the primary fails; ElastiCache rejects Multi-AZ without automatic failover.',
        fix: 'Set AutomaticFailoverEnabled: true (with at least one replica), or turn MultiAZEnabled off.',
        nodes: [group.id],
        edges: [],
        property: 'AutomaticFailoverEnabled',
      });
    }
    return reports;
  },
});
