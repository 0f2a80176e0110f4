import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count, text } from '../config-values.ts';
import { CACHE_CLUSTER, REPLICATION_GROUP } from './cache-facts.ts';

export const elasticacheWriteThroughWithoutTtl = defineRule({
  id: 'elasticache/write-through-without-ttl',
  severity: 'info',
  title: 'Write-through without a TTL',
  source: {
    section: 'Elasticache',
    quote: 'Data in the cache is never stale, but write penalty: every write involves a write to the cache and resources are wasted if the data is never read.',
  },
  facts: ['ec.write_through'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cache of [...design.nodesOfKind(CACHE_CLUSTER), ...design.nodesOfKind(REPLICATION_GROUP)]) {
      for (const edge of design.edgesTo(cache.id, { role: 'none' })) {
        const config = design.edgeConfig(edge);
        if (text(config.usage) !== 'cache' || text(config.strategy) !== 'write-through' || count(config.ttlSeconds) !== undefined) continue;
        reports.push({
          message: `${edge.from} writes every update through to ${cache.id} and never expires keys.`,
          why: 'Write-through caches every written item, read or not: without a TTL, items nobody reads fill memory and push out useful ones (cache churn).',
          fix: 'Set ttlSeconds so unread items expire, and lazy-load on a miss so data lost with a node comes back.',
          nodes: [edge.from, cache.id],
          edges: [design.edgeKey(edge)],
          property: 'ttlSeconds',
        });
      }
    }
    return reports;
  },
});
