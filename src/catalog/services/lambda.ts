import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import { streamConsumerConfig } from './kinesis.ts';
import { s3NotificationConfig } from '../s3-notification.ts';
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
      Runtime: z.string().optional().meta({ description: 'Runtime identifier such as nodejs20.x or python3.12 (Zip packages only).' }),
      Handler: z.string().optional().meta({ description: 'The method Lambda calls, e.g. index.handler (Zip packages only).' }),
      PackageType: z.enum(['Zip', 'Image']).default('Zip').meta({ description: 'A .zip deployment package or a container image.' }),
      Code: z
        .object({
          ZipFile: z.string().optional().meta({ description: 'Inline source code (Node.js and Python runtimes only).' }),
          S3Bucket: z.string().optional().meta({ description: 'Bucket holding the .zip deployment package.' }),
          S3Key: z.string().optional().meta({ description: 'Key of the .zip deployment package.' }),
          ImageUri: z.string().optional().meta({ description: 'ECR image URI for PackageType Image.' }),
        })
        .optional()
        .meta({ description: 'Where the code comes from: inline, S3 or an ECR image.' }),
      Timeout: z.number().int().default(3).meta({ unit: 's', description: 'How long one invocation may run before Lambda stops it.' }),
      MemorySize: z.number().int().default(128).meta({ unit: 'MB', description: 'Memory for the function; CPU scales with it.' }),
      EphemeralStorage: z
        .object({ Size: z.number().int().default(512).meta({ unit: 'MB', description: 'Size of the /tmp directory.' }) })
        .default({ Size: 512 })
        .meta({ description: 'The /tmp directory the function may write to during an invocation.' }),
      Environment: z
        .object({ Variables: z.record(z.string(), z.string()).default({}).meta({ description: 'Environment variable names and values.' }) })
        .optional()
        .meta({ description: 'Environment variables, available to the code at run time.' }),
      TracingConfig: z
        .object({ Mode: z.enum(['PassThrough', 'Active']).default('PassThrough').meta({ description: 'Active samples and traces requests with X-Ray.' }) })
        .default({ Mode: 'PassThrough' })
        .meta({ description: 'X-Ray tracing.' }),
      ReservedConcurrentExecutions: z
        .number()
        .int()
        .optional()
        .meta({ description: 'Reserved concurrency: caps (and guarantees) how many instances may run at once.' }),
      MaximumRetryAttempts: z
        .number()
        .int()
        .default(2)
        .meta({ description: 'AWS::Lambda::EventInvokeConfig property: retries of a failed asynchronous invocation.' }),
      MaximumEventAgeInSeconds: z
        .number()
        .int()
        .default(21_600)
        .meta({ unit: 's', description: 'AWS::Lambda::EventInvokeConfig property: how long Lambda keeps an asynchronous event for retries.' }),
      alias: z
        .object({
          Name: z.string().meta({ description: 'Alias name, e.g. live.' }),
          FunctionVersion: z.string().meta({ description: 'The published version number the alias points to, or $LATEST.' }),
          RoutingConfig: z
            .object({
              AdditionalVersionWeights: z.array(
                z.object({
                  FunctionVersion: z.string().meta({ description: 'A second published version.' }),
                  FunctionWeight: z.number().meta({ description: 'Share of invocations (0–1) sent to that version.' }),
                }),
              ),
            })
            .optional()
            .meta({ description: 'Weighted alias: send a share of invocations to a second version.' }),
        })
        .optional()
        .meta({
          description:
            'Game setting holding the AWS::Lambda::Alias properties of the alias the callers invoke; without it they invoke the unqualified function ($LATEST).',
        }),
      provisionedConcurrency: z
        .number()
        .int()
        .default(0)
        .meta({ description: 'Provisioned concurrency on the alias the callers use: pre-initialised instances, no cold starts.' }),
      unzippedPackageSizeMB: z
        .number()
        .default(1)
        .meta({ unit: 'MB', description: 'Game setting: unzipped size of the code, its dependencies and layers.' }),
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
      { from: ['AWS::S3::Bucket'], verb: 'triggers (asynchronously, with event notifications)', config: s3NotificationConfig },
      { from: ['AWS::SNS::Topic', 'AWS::SES::EmailIdentity'], verb: 'triggers (asynchronously)' },
      { from: ['AWS::ApiGateway::RestApi'], role: 'authorizer', verb: 'authorizes requests with (Lambda authorizer)' },
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
          ScalingConfig: z
            .object({
              MaximumConcurrency: z
                .number()
                .int()
                .optional()
                .meta({ description: 'At most this many concurrent invocations from this queue (2–1,000); without it Lambda scales to 1,250.' }),
            })
            .default({})
            .meta({ description: 'How far the event source mapping scales its pollers.' }),
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
          ...streamConsumerConfig.shape,
          DestinationConfig: z
            .object({
              OnFailure: z.object({
                Destination: z.string().meta({ description: 'Id of the SQS queue, SNS topic or S3 bucket (its ARN in CloudFormation).' }),
              }),
            })
            .optional()
            .meta({ description: 'Where records that exhaust their retries are described, so they can be replayed.' }),
        }),
      },
      {
        from: ['AWS::Lambda::Function'],
        role: 'on-failure',
        verb: 'sends failed asynchronous invocation records to',
      },
      {
        from: ['AWS::Lambda::Function'],
        role: 'on-success',
        verb: 'sends successful asynchronous invocation records to',
      },
      {
        from: ['AWS::CodeDeploy::DeploymentGroup'],
        verb: 'shifts traffic to new versions of',
      },
    ],
  },
];
