import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { REPLICATION_GROUP, replicasPerShard } from './cache-facts.ts';

const MAX_REPLICAS = 5;

export const elasticacheReplicaLimit = defineRule({
  id: 'elasticache/replica-limit',
  severity: 'error',
  title: 'More than 5 replicas per shard',
  source: { section: 'Elasticache', quote: 'Redis cluster provide high availability and durability' },
  facts: ['ec.redis'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const group of design.nodesOfKind(REPLICATION_GROUP)) {
      const config = design.config(group);
      const replicas = replicasPerShard(config);
      if (replicas <= MAX_REPLICAS && replicas >= 0) continue;
      const property = config.ReplicasPerNodeGroup !== undefined ? 'ReplicasPerNodeGroup' : 'NumCacheClusters';
      reports.push({
        message: `${group.id}: ${property} asks for ${replicas} replicas per shard; ElastiCache allows 0–${MAX_REPLICAS} (1–6 nodes).`,
        why: 'Each shard (node group) of a Redis/Valkey replication group has one primary and at most 5 read replicas.',
        fix: 'Use at most 5 replicas per shard; for more read capacity, add shards (cluster mode) or larger nodes.',
        nodes: [group.id],
        edges: [],
        property,
      });
    }
    return reports;
  },
});
