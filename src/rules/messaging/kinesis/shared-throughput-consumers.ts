import { defineRule } from '../../define.ts';
import { STREAM } from '../kinds.ts';
import { consumerEdges, usesEnhancedFanOut } from '../streams.ts';

/** A shard serves 5 GetRecords calls per second, and each shared consumer polls every shard about once a second. */
const READS_PER_SHARD = 5;

export const sharedThroughputConsumers = defineRule({
  id: 'kinesis/shared-throughput-consumers',
  severity: 'warning',
  title: 'More consumers sharing a stream than its shards can serve',
  source: { section: 'Kinesis', quote: 'Default is 5reads/s, max 2MB. 1k writes/s, max is 1MB/s' },
  facts: ['kds.shard.read', 'kds.consumers.unlimited', 'kds.efo.throughput'],
  currentFact: 'Consumers are not unlimited: shared consumers split 2 MB/s and 5 reads/s per shard; enhanced fan-out gives up to 20 consumers their own 2 MB/s each.',
  check(design) {
    return design.nodesOfKind(STREAM).flatMap((stream) => {
      const shared = consumerEdges(design, stream).filter((edge) => !usesEnhancedFanOut(design, edge));
      if (shared.length <= READS_PER_SHARD) return [];
      return [
        {
          message: `${stream.id} is read by ${shared.length} consumers sharing its throughput (${shared.map((edge) => edge.to).join(', ')}).`,
          why: `Shared consumers split each shard's 2 MB/s and ${READS_PER_SHARD} GetRecords calls per second. With more than ${READS_PER_SHARD} consumers polling about once a second, reads are throttled (ReadProvisionedThroughputExceeded) and every consumer falls behind.`,
          fix: 'Turn on enhancedFanOut for the consumers that need their own 2 MB/s per shard (up to 20 per stream), or reduce the number of consumers.',
          nodes: [stream.id, ...shared.map((edge) => edge.to)],
          edges: shared.map((edge) => design.edgeKey(edge)),
        },
      ];
    });
  },
});
