import type { DesignNode } from '../../../design/schema.ts';
import type { DesignContext } from '../../context.ts';
import { count, text } from '../config-values.ts';

export const CACHE_CLUSTER = 'AWS::ElastiCache::CacheCluster';
export const REPLICATION_GROUP = 'AWS::ElastiCache::ReplicationGroup';

/** Replicas per shard of a replication group: ReplicasPerNodeGroup, else NumCacheClusters minus the primary. */
export function replicasPerShard(config: Record<string, unknown>): number {
  const perGroup = count(config.ReplicasPerNodeGroup);
  if (perGroup !== undefined) return perGroup;
  return (count(config.NumCacheClusters) ?? 1) - 1;
}

/** Whether a cache keeps its data when a node fails: only a replication group with a replica and automatic failover. */
export function survivesNodeFailure(design: DesignContext, cache: DesignNode): boolean {
  if (cache.kind !== REPLICATION_GROUP) return false;
  const config = design.config(cache);
  return replicasPerShard(config) >= 1 && config.AutomaticFailoverEnabled === true;
}

export function engineOf(design: DesignContext, cache: DesignNode): string | undefined {
  return text(design.config(cache).Engine);
}
