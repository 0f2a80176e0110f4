import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { engineOf, REPLICATION_GROUP } from './cache-facts.ts';

export const elasticacheMemcachedHasNoReplication = defineRule({
  id: 'elasticache/memcached-has-no-replication',
  severity: 'error',
  title: 'A replication group with the Memcached engine',
  source: { section: 'Elasticache', quote: 'Memcached: ... No multi-AZ capability, could have downtime' },
  facts: ['ec.memcached'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const group of design.nodesOfKind(REPLICATION_GROUP)) {
      if (engineOf(design, group) !== 'memcached') continue;
      reports.push({
        message: `${group.id}: a replication group cannot run Memcached.`,
        why: 'Memcached has no replication, persistence, backups or automatic failover; replication groups (replicas, Multi-AZ) exist only for Redis and Valkey.',
        fix: 'Use Engine: redis or valkey for replicas and failover, or a Memcached CacheCluster if losing a node’s keys is acceptable.',
        nodes: [group.id],
        edges: [],
        property: 'Engine',
      });
    }
    return reports;
  },
});
