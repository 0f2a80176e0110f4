import { defineRule } from '../../define.ts';
import { STREAM } from '../kinds.ts';

export const provisionedShardCount = defineRule({
  id: 'kinesis/provisioned-shard-count',
  severity: 'error',
  title: 'A provisioned stream without at least one shard',
  source: { section: 'Kinesis', quote: 'Streams are made of shards, each shard is a sequence of 1+ data records and provides a fixed unit of capacity' },
  facts: ['kds.shards.default_quota', 'kds.shard.write'],
  check(design) {
    return design.nodesOfKind(STREAM).flatMap((stream) => {
      const config = design.config(stream);
      const mode = (config.StreamModeDetails as { StreamMode?: unknown } | undefined)?.StreamMode;
      if (mode === 'ON_DEMAND') return [];
      const shards = config.ShardCount;
      if (typeof shards === 'number' && shards >= 1) return [];
      return [
        {
          message:
            typeof shards === 'number'
              ? `${stream.id} is a provisioned stream with ShardCount ${shards}; it needs at least 1 shard.`
              : `${stream.id} is a provisioned stream without a ShardCount.`,
          why: 'In provisioned mode the stream’s capacity is its shards, each taking up to 1 MB/s or 1,000 records/s in and 2 MB/s out; Kinesis requires a ShardCount of at least 1. Only on-demand mode manages shards for you.',
          fix: `Set ShardCount on ${stream.id} to the write rate in MB/s (or records/s ÷ 1,000), rounded up, at least 1; or set StreamModeDetails.StreamMode to ON_DEMAND.`,
          nodes: [stream.id],
          edges: [],
          property: 'ShardCount',
        },
      ];
    });
  },
});
