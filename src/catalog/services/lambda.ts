import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::Lambda::Function',
    label: 'Lambda function',
    category: 'Compute',
    icon: 'lambda',
    summary: 'Runs code on demand, scaling out one execution environment per concurrent request.',
    section: 'Lambda',
    config: z.object({
      Timeout: z.number().int().default(3).meta({ unit: 's', description: 'How long one invocation may run before Lambda stops it.' }),
      MemorySize: z.number().int().default(128).meta({ unit: 'MB', description: 'Memory for the function; CPU scales with it.' }),
      ReservedConcurrentExecutions: z
        .number()
        .int()
        .optional()
        .meta({ description: 'Reserved concurrency: caps (and guarantees) how many instances may run at once.' }),
      provisionedConcurrency: z
        .number()
        .int()
        .default(0)
        .meta({ description: 'Provisioned concurrency on the alias the callers use: pre-initialised instances, no cold starts.' }),
      durationMs: z
        .number()
        .default(100)
        .meta({ unit: 'ms', description: 'Game setting: how long the handler works on one event or batch (the scenario may override).' }),
    }),
    accepts: [
      {
        from: [...APPLICATION_KINDS, 'AWS::ApiGateway::RestApi', 'AWS::StepFunctions::StateMachine', 'AWS::ElasticLoadBalancingV2::LoadBalancer'],
        verb: 'invokes',
        config: z.object({
          invocationType: z
            .enum(['RequestResponse', 'Event'])
            .default('RequestResponse')
            .meta({ description: 'Synchronous (RequestResponse) or asynchronous (Event) invocation.' }),
        }),
      },
      { from: ['AWS::S3::Bucket', 'AWS::SNS::Topic'], verb: 'triggers (asynchronously)' },
      {
        from: ['AWS::SQS::Queue'],
        verb: 'is polled by',
        config: z.object({
          BatchSize: z.number().int().default(10).meta({ description: 'Records per batch the function receives.' }),
          MaximumBatchingWindowInSeconds: z.number().int().default(0).meta({ unit: 's', description: 'How long to gather records before invoking.' }),
          FunctionResponseTypes: z
            .array(z.literal('ReportBatchItemFailures'))
            .default([])
            .meta({ description: 'ReportBatchItemFailures returns only the failed messages to the queue.' }),
        }),
      },
      {
        from: ['AWS::Kinesis::Stream', 'AWS::DynamoDB::Table'],
        verb: 'reads records from',
        config: z.object({
          BatchSize: z.number().int().default(100).meta({ description: 'Records per batch the function receives.' }),
          StartingPosition: z.enum(['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP']).default('LATEST'),
          MaximumRetryAttempts: z.number().int().default(-1).meta({ description: '-1 retries until the record expires.' }),
          MaximumRecordAgeInSeconds: z.number().int().default(-1).meta({ unit: 's', description: '-1 keeps retrying records of any age.' }),
          BisectBatchOnFunctionError: z.boolean().default(false).meta({ description: 'Split a failing batch in two to isolate a bad record.' }),
          ParallelizationFactor: z.number().int().default(1).meta({ description: 'Concurrent batches per shard (1–10).' }),
        }),
      },
    ],
  },
];
