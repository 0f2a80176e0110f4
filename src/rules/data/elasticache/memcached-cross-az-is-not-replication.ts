import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';
import { CACHE_CLUSTER, engineOf } from './cache-facts.ts';

export const elasticacheMemcachedCrossAzIsNotReplication = defineRule({
  id: 'elasticache/memcached-cross-az-is-not-replication',
  severity: 'info',
  title: 'Memcached spread over zones is still not highly available',
  source: { section: 'Elasticache', quote: 'Memcached: ... No multi-AZ capability, could have downtime' },
  facts: ['ec.memcached'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cache of design.nodesOfKind(CACHE_CLUSTER)) {
      if (engineOf(design, cache) !== 'memcached' || text(design.config(cache).AZMode) !== 'cross-az') continue;
      reports.push({
        message: `${cache.id}: AZMode cross-az spreads the Memcached nodes over zones, but no node has a copy of another's keys.`,
        why: 'Memcached partitions keys over its nodes without replication: when a node or its zone fails, its share of the keys is gone and those reads go to the database until the cache warms up again. Cross-AZ only limits how many nodes one zone failure takes.',
        fix: 'Fine for a cache the database can refill; for data that must survive a failure, use a Redis/Valkey replication group with Multi-AZ.',
        nodes: [cache.id],
        edges: [],
        property: 'AZMode',
      });
    }
    return reports;
  },
});
