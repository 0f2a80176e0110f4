import { z } from 'zod';
import { AWS_APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

/** AWS services that publish metrics to CloudWatch by themselves. */
export const METRIC_PUBLISHING_SERVICES = [
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::DynamoDB::Table',
  'AWS::Kinesis::Stream',
  'AWS::KinesisFirehose::DeliveryStream',
  'AWS::S3::Bucket',
  'AWS::ApiGateway::RestApi',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancing::LoadBalancer',
  'AWS::CloudFront::Distribution',
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBCluster',
  'AWS::ElastiCache::CacheCluster',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::DAX::Cluster',
  'AWS::StepFunctions::StateMachine',
  'AWS::EC2::Volume',
  'AWS::EC2::NatGateway',
  'AWS::Redshift::Cluster',
  'AWS::Logs::LogGroup',
] as const;

/** Retention periods CloudWatch Logs accepts, in days. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::CloudWatch::Alarm',
    label: 'CloudWatch alarm',
    category: 'Management and monitoring',
    icon: 'cloudwatch-alarm',
    summary: 'Watches a metric and acts when it crosses a threshold.',
    section: 'Cloudwatch',
    config: z.object({
      Namespace: z.string().optional().meta({ description: 'The metric namespace, e.g. AWS/SQS, AWS/EC2, CWAgent, or your own.' }),
      MetricName: z.string().optional().meta({ description: 'The metric the alarm watches, e.g. ApproximateAgeOfOldestMessage.' }),
      Statistic: z
        .enum(['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'])
        .default('Average')
        .meta({ description: 'How the data points in one period are combined.' }),
      Period: z
        .number()
        .int()
        .default(300)
        .meta({ unit: 's', description: 'Length of one evaluation period: 10, 20 or 30 (high-resolution metrics) or a multiple of 60.' }),
      EvaluationPeriods: z.number().int().default(1).meta({ description: 'How many recent periods are evaluated (the N of "M out of N").' }),
      DatapointsToAlarm: z
        .number()
        .int()
        .optional()
        .meta({ description: 'How many of those periods must breach to alarm (the M of "M out of N"); omitted: all of them.' }),
      Threshold: z.number().optional().meta({ description: 'The value the statistic is compared with.' }),
      ComparisonOperator: z
        .enum([
          'GreaterThanOrEqualToThreshold',
          'GreaterThanThreshold',
          'LessThanThreshold',
          'LessThanOrEqualToThreshold',
          'LessThanLowerOrGreaterThanUpperThreshold',
          'LessThanLowerThreshold',
          'GreaterThanUpperThreshold',
        ])
        .default('GreaterThanThreshold')
        .meta({ description: 'How the statistic is compared with the threshold.' }),
      TreatMissingData: z
        .enum(['missing', 'notBreaching', 'breaching', 'ignore'])
        .default('missing')
        .meta({ description: 'How periods without data count.' }),
      ActionsEnabled: z.boolean().default(true).meta({ description: 'Whether the alarm runs its actions when its state changes.' }),
    }),
    accepts: [
      {
        from: [...AWS_APPLICATION_KINDS, ...METRIC_PUBLISHING_SERVICES],
        verb: 'publishes the metric watched by',
        config: z.object({
          storageResolution: z
            .number()
            .int()
            .default(60)
            .meta({
              unit: 's',
              description: 'Game setting: the metric resolution: 60 (standard) or 1 (a high-resolution custom metric, PutMetricData StorageResolution 1).',
            }),
        }),
      },
    ],
  },
  {
    kind: 'AWS::Logs::LogGroup',
    label: 'CloudWatch Logs log group',
    category: 'Management and monitoring',
    icon: 'cloudwatch-logs',
    summary: 'Collects and keeps log events.',
    section: 'Cloudwatch',
    config: z.object({
      RetentionInDays: z
        .number()
        .int()
        .optional()
        .meta({ unit: 'days', description: `How long log events are kept: one of ${LOG_RETENTION_DAYS.join(', ')}; omitted: never expire.` }),
      KmsKeyId: z
        .string()
        .optional()
        .meta({ description: 'A customer managed KMS key to encrypt the log data (it is always encrypted; draw an edge to the key node).' }),
      LogGroupClass: z
        .enum(['STANDARD', 'INFREQUENT_ACCESS', 'DELIVERY'])
        .default('STANDARD')
        .meta({ description: 'Infrequent Access costs less to ingest but offers fewer features.' }),
    }),
    accepts: [
      {
        from: [...AWS_APPLICATION_KINDS, 'AWS::ApiGateway::RestApi', 'AWS::StepFunctions::StateMachine', 'AWS::CodeBuild::Project'],
        verb: 'sends logs to',
      },
    ],
  },
];
