import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count, text } from '../config-values.ts';
import { CACHE_CLUSTER, REPLICATION_GROUP } from './cache-facts.ts';

export const elasticacheLazyLoadingWithoutTtl = defineRule({
  id: 'elasticache/lazy-loading-without-ttl',
  severity: 'warning',
  title: 'Lazy loading without a TTL',
  source: {
    section: 'Elasticache',
    quote: 'If the data in the db changes, the cache doesn\'t automatically get updated',
  },
  facts: ['ec.lazy_loading'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cache of [...design.nodesOfKind(CACHE_CLUSTER), ...design.nodesOfKind(REPLICATION_GROUP)]) {
      for (const edge of design.edgesTo(cache.id, { role: 'none' })) {
        const config = design.edgeConfig(edge);
        if (text(config.usage) !== 'cache' || text(config.strategy) !== 'lazy-loading' || count(config.ttlSeconds) !== undefined) continue;
        reports.push({
          message: `${edge.from} lazy-loads ${cache.id} without a TTL: a cached value is never refreshed.`,
          why: 'Lazy loading writes a value to the cache only on a miss; when the database changes the cached copy is not updated, so without an expiry a key serves stale data until it is evicted.',
          fix: 'Set ttlSeconds on the edge to the staleness the data can tolerate (e.g. 300), or also write through on updates.',
          nodes: [edge.from, cache.id],
          edges: [design.edgeKey(edge)],
          property: 'ttlSeconds',
        });
      }
    }
    return reports;
  },
});
