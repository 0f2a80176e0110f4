import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::ElastiCache::CacheCluster',
    label: 'ElastiCache cluster',
    category: 'Databases',
    icon: 'elasticache',
    summary: 'An in-memory cache cluster (Memcached, or single-node Redis).',
    section: 'Elasticache',
    config: z.object({}),
    accepts: [],
  },
  {
    kind: 'AWS::ElastiCache::ReplicationGroup',
    label: 'ElastiCache Redis replication group',
    category: 'Databases',
    icon: 'elasticache-redis',
    summary: 'Redis with replicas and Multi-AZ failover.',
    section: 'Elasticache',
    config: z.object({}),
    accepts: [],
  },
];
