import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { FIREHOSE, STREAM } from '../kinds.ts';

export const sourceMatchesDeliveryStreamType = defineRule({
  id: 'firehose/source-matches-delivery-stream-type',
  severity: 'error',
  title: 'A Firehose stream’s source does not match its DeliveryStreamType',
  source: { section: 'Kinesis', quote: 'To encrypt data, enable encryption on firehose and ensure that kinesis streams are used to transfer data from the producers' },
  facts: ['firehose.kds.source'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const firehose of design.nodesOfKind(FIREHOSE)) {
      const type = design.config(firehose).DeliveryStreamType;
      const sources = design.edgesTo(firehose.id, { kind: STREAM });
      const base = { nodes: [firehose.id, ...sources.map((edge) => edge.from)], edges: sources.map((edge) => design.edgeKey(edge)), property: 'DeliveryStreamType' };
      if (type !== 'KinesisStreamAsSource' && sources.length > 0) {
        reports.push({
          ...base,
          message: `${firehose.id} reads ${sources.map((edge) => edge.from).join(', ')} but its DeliveryStreamType is ${String(type)}.`,
          why: 'Firehose reads a Kinesis data stream only when created with DeliveryStreamType KinesisStreamAsSource and a KinesisStreamSourceConfiguration; a DirectPut stream only takes PutRecord calls.',
          fix: `Set DeliveryStreamType: KinesisStreamAsSource on ${firehose.id}, or remove the edge from the data stream.`,
        });
      } else if (type === 'KinesisStreamAsSource' && sources.length !== 1) {
        reports.push({
          ...base,
          message:
            sources.length === 0
              ? `${firehose.id} has DeliveryStreamType KinesisStreamAsSource but no Kinesis data stream feeds it.`
              : `${firehose.id} reads ${sources.length} Kinesis data streams; a Firehose stream reads exactly one.`,
          why: 'A KinesisStreamAsSource Firehose stream is configured with exactly one source data stream (KinesisStreamSourceConfiguration.KinesisStreamARN).',
          fix: sources.length === 0 ? `Connect one Kinesis data stream to ${firehose.id}, or set DeliveryStreamType: DirectPut.` : 'Give each data stream its own Firehose stream.',
        });
      }
    }
    return reports;
  },
});
