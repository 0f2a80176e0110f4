import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count } from '../config-values.ts';
import { CACHE_CLUSTER, engineOf } from './cache-facts.ts';

export const elasticacheMemcachedHasNoBackups = defineRule({
  id: 'elasticache/memcached-has-no-backups',
  severity: 'error',
  title: 'Snapshots asked of a Memcached cluster',
  source: { section: 'Elasticache', quote: 'Redis: in-memory key-value store that supports sorted sets, lists, backup and restore.' },
  facts: ['ec.memcached', 'ec.redis'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cache of design.nodesOfKind(CACHE_CLUSTER)) {
      const days = count(design.config(cache).SnapshotRetentionLimit) ?? 0;
      if (engineOf(design, cache) !== 'memcached' || days <= 0) continue;
      reports.push({
        message: `${cache.id}: SnapshotRetentionLimit is ${days} on a Memcached cluster.`,
        why: 'Memcached keeps data in memory only, with no persistence, snapshots or restore; ElastiCache accepts snapshot settings only for Redis and Valkey.',
        fix: 'Remove SnapshotRetentionLimit, or use Redis/Valkey if the cached data must be backed up.',
        nodes: [cache.id],
        edges: [],
        property: 'SnapshotRetentionLimit',
      });
    }
    return reports;
  },
});
