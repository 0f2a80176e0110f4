import { defineRule } from '../../define.ts';
import { producerEdges } from '../streams.ts';

export const constantPartitionKey = defineRule({
  id: 'kinesis/constant-partition-key',
  severity: 'warning',
  title: 'One constant partition key sends every record to one shard',
  source: {
    section: 'Kinesis',
    quote: "If this key is not distributed enough, all data is getting sent to a few shards and not leveraging the entire cluster of shards.",
  },
  facts: ['kds.ordering', 'kds.shard.write'],
  check(design) {
    return producerEdges(design)
      .filter(({ edge }) => design.edgeConfig(edge).partitionKeyType === 'constant')
      .map(({ edge, stream }) => ({
        message: `${edge.from} puts every record into ${stream.id} with the same partition key, so they all land on one shard.`,
        why: 'Kinesis maps a record to a shard by the hash of its partition key. One key means one hot shard: writes are capped at that shard’s 1 MB/s or 1,000 records/s (then ProvisionedThroughputExceeded), and adding shards does not help.',
        fix: `Use a well-spread attribute as the key on ${design.edgeKey(edge)} (partitionKeyType: attribute, e.g. partitionKey: userId).`,
        nodes: [edge.from, stream.id],
        edges: [design.edgeKey(edge)],
        property: 'partitionKeyType',
      }));
  },
});
