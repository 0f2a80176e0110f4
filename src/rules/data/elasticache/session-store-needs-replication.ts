import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';
import { CACHE_CLUSTER, engineOf, REPLICATION_GROUP, survivesNodeFailure } from './cache-facts.ts';

export const elasticacheSessionStoreNeedsReplication = defineRule({
  id: 'elasticache/session-store-needs-replication',
  severity: 'warning',
  title: 'Sessions kept in a cache that loses them when a node fails',
  source: {
    section: 'Elasticache',
    quote: 'Memcached: simple object caching system to offload a db, supports multithreaded performance using multiple cores. No multi-AZ capability, could have downtime',
  },
  facts: ['ec.memcached', 'ec.redis'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cache of [...design.nodesOfKind(CACHE_CLUSTER), ...design.nodesOfKind(REPLICATION_GROUP)]) {
      if (survivesNodeFailure(design, cache)) continue;
      const engine = engineOf(design, cache) ?? 'the engine';
      for (const edge of design.edgesTo(cache.id, { role: 'none' })) {
        if (text(design.edgeConfig(edge).usage) !== 'session-store') continue;
        const what =
          engine === 'memcached'
            ? 'Memcached has no replication, persistence or failover'
            : cache.kind === CACHE_CLUSTER
              ? `a ${engine} CacheCluster is a single node with no replica`
              : 'this replication group has no replica with automatic failover';
        reports.push({
          message: `${edge.from} keeps its sessions in ${cache.id}, but ${what}.`,
          why: 'Sessions have no other copy: when the node holding them fails (or its Availability Zone), every user on it is logged out. Only a Redis/Valkey replication group with a replica and automatic failover (Multi-AZ) keeps the data through a node failure.',
          fix: 'Store sessions in a Redis or Valkey replication group with at least one replica, AutomaticFailoverEnabled and MultiAZEnabled, or in a DynamoDB table (with TTL).',
          nodes: [edge.from, cache.id],
          edges: [design.edgeKey(edge)],
          property: 'usage',
        });
      }
    }
    return reports;
  },
});
