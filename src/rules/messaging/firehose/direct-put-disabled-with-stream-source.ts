import { defineRule } from '../../define.ts';
import { FIREHOSE, STREAM } from '../kinds.ts';

export const directPutDisabledWithStreamSource = defineRule({
  id: 'firehose/direct-put-disabled-with-stream-source',
  severity: 'error',
  title: 'Producers writing directly to a Firehose stream that reads a Kinesis data stream',
  source: { section: 'Kinesis', quote: 'To encrypt data, enable encryption on firehose and ensure that kinesis streams are used to transfer data from the producers' },
  facts: ['firehose.kds.source'],
  check(design) {
    return design.nodesOfKind(FIREHOSE).flatMap((firehose) => {
      if (design.config(firehose).DeliveryStreamType !== 'KinesisStreamAsSource') return [];
      return design
        .edgesTo(firehose.id)
        .filter((edge) => design.kindOf(edge.from) !== STREAM)
        .map((edge) => ({
          message: `${edge.from} puts records directly into ${firehose.id}, which reads a Kinesis data stream.`,
          why: 'When a Kinesis data stream is a Firehose stream’s source, Firehose disables PutRecord and PutRecordBatch on it: producers must write to the data stream instead.',
          fix: `Point ${edge.from} at the Kinesis data stream that feeds ${firehose.id}, or make ${firehose.id} a DirectPut stream.`,
          nodes: [edge.from, firehose.id],
          edges: [design.edgeKey(edge)],
        }));
    });
  },
});
