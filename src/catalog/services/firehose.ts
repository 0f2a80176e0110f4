import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::KinesisFirehose::DeliveryStream',
    label: 'Data Firehose stream',
    category: 'Analytics and streaming',
    icon: 'firehose',
    summary: 'Loads streaming data into S3, Redshift or OpenSearch.',
    section: 'Kinesis',
    config: z.object({
      DeliveryStreamName: z.string().optional().meta({ description: 'Up to 64 letters, digits, ".", "-" or "_". Omitted: CloudFormation generates one.' }),
      DeliveryStreamType: z
        .enum(['DirectPut', 'KinesisStreamAsSource'])
        .default('DirectPut')
        .meta({ description: 'DirectPut: producers call PutRecord; KinesisStreamAsSource: Firehose reads a Kinesis data stream instead.' }),
      DeliveryStreamEncryptionConfigurationInput: z
        .object({ KeyType: z.enum(['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK']).default('AWS_OWNED_CMK') })
        .optional()
        .meta({ description: 'Server-side encryption of Direct PUT data (a stream source is encrypted by the stream instead).' }),
    }),
    accepts: [
      { from: [...APPLICATION_KINDS, 'AWS::SNS::Topic', 'AWS::Logs::LogGroup', 'AWS::KinesisAnalyticsV2::Application'], verb: 'puts records into' },
      { from: ['AWS::Kinesis::Stream'], verb: 'is read by (KinesisStreamSourceConfiguration)' },
    ],
  },
];
