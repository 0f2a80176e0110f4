import type { ExportContext } from './context.ts';

/**
 * Least-privilege actions a function needs to call what it is connected to, by the kind it calls.
 * Each entry returns the actions and the resources they apply to.
 */
type Grant = (ctx: ExportContext, targetId: string, config: Record<string, unknown>) => { actions: string[]; resources: unknown[] };

const DYNAMODB_READ = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:ConditionCheckItem'];
const DYNAMODB_WRITE = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

export const CALL_GRANTS: Readonly<Record<string, Grant>> = {
  'AWS::SQS::Queue': (ctx, id) => ({ actions: ['sqs:SendMessage'], resources: [ctx.arn(id)] }),
  'AWS::SNS::Topic': (ctx, id) => ({ actions: ['sns:Publish'], resources: [ctx.arn(id)] }),
  'AWS::Lambda::Function': (ctx, id) => ({ actions: ['lambda:InvokeFunction'], resources: [ctx.arn(id)] }),
  'AWS::Kinesis::Stream': (ctx, id) => ({ actions: ['kinesis:PutRecord', 'kinesis:PutRecords'], resources: [ctx.arn(id)] }),
  'AWS::KinesisFirehose::DeliveryStream': (ctx, id) => ({ actions: ['firehose:PutRecord', 'firehose:PutRecordBatch'], resources: [ctx.arn(id)] }),
  'AWS::StepFunctions::StateMachine': (ctx, id, config) => ({
    actions: [config.invocationType === 'StartSyncExecution' ? 'states:StartSyncExecution' : 'states:StartExecution'],
    resources: [ctx.arn(id)],
  }),
  'AWS::DynamoDB::Table': (ctx, id, config) => {
    const operation = config.operation ?? 'read-write';
    const actions = [...(operation === 'write' ? [] : DYNAMODB_READ), ...(operation === 'read' ? [] : DYNAMODB_WRITE)];
    const logicalId = ctx.logicalId(id);
    // Queries on an index need the index ARN too.
    return { actions, resources: [ctx.arn(id), { 'Fn::Sub': `\${${logicalId}.Arn}/index/*` }] };
  },
  'AWS::S3::Bucket': (ctx, id) => ({ actions: ['s3:GetObject', 's3:PutObject'], resources: [{ 'Fn::Sub': `\${${ctx.logicalId(id)}.Arn}/*` }] }),
  'AWS::SSM::Parameter': (ctx, id) => ({ actions: ['ssm:GetParameter'], resources: [ctx.arn(id)] }),
};

/** Actions an event source mapping needs on the source it polls. */
export const POLL_ACTIONS: Readonly<Record<string, string[]>> = {
  'AWS::SQS::Queue': ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
  'AWS::Kinesis::Stream': [
    'kinesis:GetRecords',
    'kinesis:GetShardIterator',
    'kinesis:DescribeStream',
    'kinesis:DescribeStreamSummary',
    'kinesis:ListShards',
    'kinesis:ListStreams',
  ],
  'AWS::DynamoDB::Table': ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'],
};

/** Actions a function needs to send to a destination or dead-letter target of this kind. */
export const SEND_ACTIONS: Readonly<Record<string, string>> = {
  'AWS::SQS::Queue': 'sqs:SendMessage',
  'AWS::SNS::Topic': 'sns:Publish',
  'AWS::Lambda::Function': 'lambda:InvokeFunction',
};
