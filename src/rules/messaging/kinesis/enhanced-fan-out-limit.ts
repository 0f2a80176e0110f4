import { defineRule } from '../../define.ts';
import { STREAM } from '../kinds.ts';
import { consumerEdges, usesEnhancedFanOut } from '../streams.ts';

const MAX_EFO_CONSUMERS = 20;

export const enhancedFanOutLimit = defineRule({
  id: 'kinesis/enhanced-fan-out-limit',
  severity: 'error',
  title: 'More than 20 enhanced fan-out consumers on one stream',
  source: { section: 'Kinesis', quote: 'Strict ordering and duplicates, unlimited # consumers' },
  facts: ['kds.consumers.unlimited', 'kds.efo.throughput'],
  currentFact:
    'Consumers are not unlimited: shared consumers split 2 MB/s and 5 reads/s per shard, and a stream takes at most 20 registered enhanced fan-out consumers (50 in On-demand Advantage mode).',
  check(design) {
    return design.nodesOfKind(STREAM).flatMap((stream) => {
      const efo = consumerEdges(design, stream).filter((edge) => usesEnhancedFanOut(design, edge));
      if (efo.length <= MAX_EFO_CONSUMERS) return [];
      return [
        {
          message: `${stream.id} has ${efo.length} enhanced fan-out consumers; a stream takes at most ${MAX_EFO_CONSUMERS}.`,
          why: `Each enhanced fan-out consumer is registered on the stream (RegisterStreamConsumer) and gets its own 2 MB/s per shard; Kinesis registers at most ${MAX_EFO_CONSUMERS} per stream (50 only in On-demand Advantage mode).`,
          fix: `Keep at most ${MAX_EFO_CONSUMERS} consumers on enhanced fan-out; let the others share throughput, or split the data over a second stream.`,
          nodes: [stream.id, ...efo.map((edge) => edge.to)],
          edges: efo.map((edge) => design.edgeKey(edge)),
        },
      ];
    });
  },
});
