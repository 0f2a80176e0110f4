import { z } from 'zod';
import { AWS_APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

/** The cache kinds: an application → cache edge carries the caching strategy. */
export const CACHE_KINDS = ['AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup'] as const;

/**
 * The cache → database edge. ElastiCache never calls a database itself: the application loads a
 * miss from the database and writes through to it. The edge records which database a cache
 * fronts, so the path reads application → cache → database (the model the simulation and the
 * scenarios use). An application with edges to both the cache and the database means the same.
 */
export const CACHE_BACKING_VERB = 'fronts (the application loads this cache’s misses from, and writes through to, this database)';

const cacheEdge = z.object({
  strategy: z
    .enum(['lazy-loading', 'write-through'])
    .default('lazy-loading')
    .meta({
      description:
        'lazy-loading: read the cache, on a miss read the database and fill the cache. write-through: every database write also updates the cache (misses still load from the database).',
    }),
  ttlSeconds: z
    .number()
    .int()
    .optional()
    .meta({ unit: 's', description: 'Expiry the application sets on cached keys (SET ... EX); omitted means keys never expire.' }),
  usage: z
    .enum(['cache', 'session-store'])
    .default('cache')
    .meta({ description: 'A cache of a database, or the only copy of user sessions (which must survive a node failure).' }),
});

const engine = z.enum(['memcached', 'redis', 'valkey']);

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::ElastiCache::CacheCluster',
    label: 'ElastiCache cluster',
    category: 'Databases',
    icon: 'elasticache',
    summary: 'An in-memory cache cluster (Memcached, or single-node Redis).',
    section: 'Elasticache',
    config: z.object({
      Engine: engine.optional().meta({ description: 'memcached, redis or valkey (required in CloudFormation).' }),
      CacheNodeType: z.string().optional().meta({ description: 'e.g. cache.t3.micro, cache.r7g.large.' }),
      NumCacheNodes: z
        .number()
        .int()
        .default(1)
        .meta({ description: 'Memcached: nodes the keys are spread over. Redis/Valkey: exactly 1 (replicas need a replication group).' }),
      AZMode: z
        .enum(['single-az', 'cross-az'])
        .default('single-az')
        .meta({ description: 'Memcached only: put the nodes in one zone or spread them (no replication either way).' }),
      PreferredAvailabilityZone: z.string().optional(),
      PreferredAvailabilityZones: z.array(z.string()).optional(),
      SnapshotRetentionLimit: z
        .number()
        .int()
        .default(0)
        .meta({ unit: 'days', description: 'Redis/Valkey only: daily snapshots kept this long (0: none).' }),
      EngineVersion: z.string().optional(),
      TransitEncryptionEnabled: z.boolean().default(false),
    }),
    accepts: [{ from: AWS_APPLICATION_KINDS, verb: 'caches data in', config: cacheEdge }],
  },
  {
    kind: 'AWS::ElastiCache::ReplicationGroup',
    label: 'ElastiCache Redis replication group',
    category: 'Databases',
    icon: 'elasticache-redis',
    summary: 'Redis with replicas and Multi-AZ failover.',
    section: 'Elasticache',
    config: z.object({
      Engine: engine.default('redis').meta({ description: 'redis or valkey: Memcached has no replication groups.' }),
      ReplicationGroupDescription: z.string().optional(),
      CacheNodeType: z.string().optional().meta({ description: 'e.g. cache.t3.micro, cache.r7g.large.' }),
      NumCacheClusters: z
        .number()
        .int()
        .optional()
        .meta({ description: 'Cluster mode disabled: nodes including the primary (1 primary + up to 5 replicas).' }),
      NumNodeGroups: z.number().int().default(1).meta({ description: 'Shards (cluster mode enabled).' }),
      ReplicasPerNodeGroup: z.number().int().optional().meta({ description: 'Replicas in each shard (0–5).' }),
      AutomaticFailoverEnabled: z
        .boolean()
        .default(false)
        .meta({ description: 'Promote a replica when the primary fails (needs at least one replica).' }),
      MultiAZEnabled: z
        .boolean()
        .default(false)
        .meta({ description: 'Replicas in other zones with automatic failover (needs AutomaticFailoverEnabled and a replica).' }),
      ClusterMode: z.enum(['enabled', 'disabled', 'compatible']).default('disabled'),
      PreferredCacheClusterAZs: z.array(z.string()).optional(),
      SnapshotRetentionLimit: z.number().int().default(0).meta({ unit: 'days' }),
      AtRestEncryptionEnabled: z.boolean().default(false),
      TransitEncryptionEnabled: z.boolean().default(false),
    }),
    accepts: [{ from: AWS_APPLICATION_KINDS, verb: 'caches data in', config: cacheEdge }],
  },
];
