import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

/**
 * How a consumer reads a stream. Exported so every kind that can read a stream with the
 * Kinesis Client Library (instances, containers, environments) declares the same edge config.
 */
export const streamConsumerConfig = z.object({
  enhancedFanOut: z
    .boolean()
    .default(false)
    .meta({ description: 'Registered enhanced fan-out consumer: its own 2 MB/s per shard, pushed over HTTP/2 (at most 20 per stream).' }),
});

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::Kinesis::Stream',
    label: 'Kinesis data stream',
    category: 'Analytics and streaming',
    icon: 'kinesis',
    summary: 'An ordered stream of records split into shards.',
    section: 'Kinesis',
    config: z.object({
      Name: z.string().optional().meta({ description: 'Up to 128 letters, digits, ".", "-" or "_". Omitted: CloudFormation generates one.' }),
      StreamModeDetails: z
        .object({
          StreamMode: z
            .enum(['PROVISIONED', 'ON_DEMAND'])
            .default('PROVISIONED')
            .meta({ description: 'PROVISIONED: you choose ShardCount; ON_DEMAND: Kinesis adds and removes shards for you.' }),
        })
        .default({ StreamMode: 'PROVISIONED' })
        .meta({ description: 'The capacity mode.' }),
      ShardCount: z
        .number()
        .int()
        .optional()
        .meta({ description: 'Provisioned mode: the number of shards; each takes 1 MB/s or 1,000 records/s in and 2 MB/s out.' }),
      RetentionPeriodHours: z
        .number()
        .int()
        .default(24)
        .meta({ unit: 'h', description: 'How long records stay readable (24 h to 8,760 h = 365 days).' }),
      StreamEncryption: z
        .object({
          EncryptionType: z.literal('KMS'),
          KeyId: z.string().default('alias/aws/kinesis'),
        })
        .optional()
        .meta({ description: 'Server-side encryption at rest with a KMS key.' }),
    }),
    accepts: [
      {
        from: [...APPLICATION_KINDS, 'AWS::ApiGateway::RestApi', 'AWS::KinesisAnalyticsV2::Application'],
        verb: 'puts records into',
        config: z.object({
          partitionKeyType: z
            .enum(['attribute', 'constant', 'random'])
            .default('attribute')
            .meta({
              description:
                'Where each record’s PartitionKey comes from: a message attribute (named by partitionKey), one constant value, or a random value per record.',
            }),
          partitionKey: z
            .string()
            .optional()
            .meta({ description: 'The message attribute used as PartitionKey (or the constant value), e.g. userId.' }),
        }),
      },
      { from: ['AWS::Logs::LogGroup'], verb: 'streams log events into (subscription filter)' },
      { from: ['AWS::DynamoDB::Table'], verb: 'streams item changes into (Kinesis Data Streams for DynamoDB)' },
    ],
  },
  {
    kind: 'AWS::KinesisAnalyticsV2::Application',
    label: 'Managed Service for Apache Flink application',
    category: 'Analytics and streaming',
    icon: 'flink',
    summary: 'Analyses and transforms streaming data in real time with Apache Flink (formerly Kinesis Data Analytics).',
    section: 'Kinesis',
    config: z.object({
      ApplicationName: z.string().optional().meta({ description: 'Up to 128 letters, digits, ".", "-" or "_". Omitted: CloudFormation generates one.' }),
      RuntimeEnvironment: z
        .string()
        .default('FLINK-1_20')
        .meta({ description: 'The runtime, e.g. FLINK-1_20 (required by CloudFormation). SQL-1_0 is Kinesis Data Analytics for SQL, which AWS has discontinued.' }),
      ApplicationMode: z
        .enum(['STREAMING', 'INTERACTIVE'])
        .default('STREAMING')
        .meta({ description: 'STREAMING runs a packaged application; INTERACTIVE is a Studio notebook.' }),
    }),
    accepts: [{ from: ['AWS::Kinesis::Stream'], verb: 'is read by' }],
  },
];
