import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { CACHE_CLUSTER, engineOf } from './cache-facts.ts';

export const elasticacheEngineRequired = defineRule({
  id: 'elasticache/engine-required',
  severity: 'error',
  title: 'A cache cluster without an engine',
  source: { section: 'Elasticache', quote: 'Types of Elasticache: ... Memcached: simple object caching system to offload a db ... Redis: in-memory key-value store' },
  facts: ['ec.memcached', 'ec.redis'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cache of design.nodesOfKind(CACHE_CLUSTER)) {
      if (engineOf(design, cache) !== undefined) continue;
      reports.push({
        message: `${cache.id}: Engine is not set.`,
        why: 'A CacheCluster must name its engine; the choice decides what it can do: Memcached is a simple multithreaded cache with no replication or backups, Redis/Valkey adds data types, snapshots and (in a replication group) replicas with Multi-AZ failover.',
        fix: 'Set Engine: memcached, redis or valkey (for replicas and failover use a replication group).',
        nodes: [cache.id],
        edges: [],
        property: 'Engine',
      });
    }
    return reports;
  },
});
