import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count } from '../config-values.ts';
import { CACHE_CLUSTER, engineOf } from './cache-facts.ts';

export const elasticacheRedisClusterSingleNode = defineRule({
  id: 'elasticache/redis-cluster-single-node',
  severity: 'error',
  title: 'A Redis or Valkey CacheCluster with more than one node',
  source: { section: 'Elasticache', quote: 'Redis cluster provide high availability and durability' },
  facts: ['ec.redis'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cache of design.nodesOfKind(CACHE_CLUSTER)) {
      const engine = engineOf(design, cache);
      const nodes = count(design.config(cache).NumCacheNodes) ?? 1;
      if ((engine !== 'redis' && engine !== 'valkey') || nodes <= 1) continue;
      reports.push({
        message: `${cache.id}: NumCacheNodes is ${nodes} for ${engine}; a ${engine} CacheCluster has exactly one node.`,
        why: 'Only Memcached spreads keys over several nodes of one cluster. Redis and Valkey get more nodes as replicas or shards of a replication group.',
        fix: `Use an AWS::ElastiCache::ReplicationGroup (NumCacheClusters ${nodes}, AutomaticFailoverEnabled) instead, or set NumCacheNodes: 1.`,
        nodes: [cache.id],
        edges: [],
        property: 'NumCacheNodes',
      });
    }
    return reports;
  },
});
