import { defineRule } from '../../define.ts';
import { producerEdges } from '../streams.ts';

export const randomPartitionKey = defineRule({
  id: 'kinesis/random-partition-key',
  severity: 'info',
  title: 'A random partition key gives up ordering per key',
  source: { section: 'Kinesis', quote: 'Order of data within a shard is guaranteed, but not across multiple shards' },
  facts: ['kds.ordering'],
  check(design) {
    return producerEdges(design)
      .filter(({ edge }) => design.edgeConfig(edge).partitionKeyType === 'random')
      .map(({ edge, stream }) => ({
        message: `${edge.from} puts records into ${stream.id} with a random partition key: related records land on different shards.`,
        why: 'A random key spreads load evenly, but order holds only within a shard: two records about the same user can be read out of order by different consumers.',
        fix: `If records about one entity must stay in order, use that entity's attribute as the key on ${design.edgeKey(edge)} (partitionKeyType: attribute).`,
        nodes: [edge.from, stream.id],
        edges: [design.edgeKey(edge)],
        property: 'partitionKeyType',
      }));
  },
});
