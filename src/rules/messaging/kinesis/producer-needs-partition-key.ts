import { defineRule } from '../../define.ts';
import { isSet } from '../kinds.ts';
import { producerEdges } from '../streams.ts';

export const producerNeedsPartitionKey = defineRule({
  id: 'kinesis/producer-needs-partition-key',
  severity: 'error',
  title: 'Putting records into a stream without a partition key',
  source: {
    section: 'Kinesis',
    quote: 'The partition key is used by KDS to distribute data across shards, and it\'s used to determine the shards to which a given data record belongs.',
  },
  facts: ['kds.ordering'],
  check(design) {
    return producerEdges(design)
      .filter(({ edge }) => {
        const config = design.edgeConfig(edge);
        return config.partitionKeyType !== 'random' && !isSet(config.partitionKey);
      })
      .map(({ edge, stream }) => ({
        message: `${edge.from} puts records into ${stream.id} without a partitionKey.`,
        why: 'PutRecord and PutRecords require a PartitionKey on every record: Kinesis hashes it (MD5) to pick the shard, and records with the same key stay in order on that shard.',
        fix: `Set partitionKey on the edge ${design.edgeKey(edge)} to the attribute whose records must stay in order, e.g. userId.`,
        nodes: [edge.from, stream.id],
        edges: [design.edgeKey(edge)],
        property: 'partitionKey',
      }));
  },
});
