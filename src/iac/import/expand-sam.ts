import type { Problem } from '../../formats/problems.ts';
import type { Located } from './locate.ts';
import { STAGE_PROPERTIES } from '../aws-kinds.ts';
import { type CfnResource, type CfnTemplate, entryOf, isRecord } from '../template.ts';


/** SAM policy templates: the actions each grants and the property naming its target. */
const POLICY_TEMPLATES: Readonly<Record<string, { key: string; actions: string[] }>> = {
  SQSSendMessagePolicy: { key: 'QueueName', actions: ['sqs:SendMessage'] },
  SQSPollerPolicy: { key: 'QueueName', actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'] },
  SNSPublishMessagePolicy: { key: 'TopicName', actions: ['sns:Publish'] },
  DynamoDBCrudPolicy: { key: 'TableName', actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Query', 'dynamodb:Scan'] },
  DynamoDBReadPolicy: { key: 'TableName', actions: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:BatchGetItem'] },
  DynamoDBWritePolicy: { key: 'TableName', actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'] },
  S3ReadPolicy: { key: 'BucketName', actions: ['s3:GetObject'] },
  S3WritePolicy: { key: 'BucketName', actions: ['s3:PutObject'] },
  S3CrudPolicy: { key: 'BucketName', actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'] },
  LambdaInvokePolicy: { key: 'FunctionName', actions: ['lambda:InvokeFunction'] },
  StepFunctionsExecutionPolicy: { key: 'StateMachineName', actions: ['states:StartExecution'] },
  KinesisCrudPolicy: { key: 'StreamName', actions: ['kinesis:PutRecord', 'kinesis:PutRecords'] },
};

/** Rewrites AWS::Serverless::* resources into the CloudFormation resources they stand for. */
export function expandSam(template: CfnTemplate, at: Located): { template: CfnTemplate; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const hasSam = Object.values(template.Resources).some((resource) => resource.Type.startsWith('AWS::Serverless::'));
  if (!hasSam) return { template, warnings };
  const samGlobals = (template as unknown as { Globals?: unknown }).Globals;
  const globals = isRecord(samGlobals) ? samGlobals : {};
  const functionGlobals = isRecord(globals.Function) ? globals.Function : {};
  const resources: Record<string, CfnResource> = {};
  const add = (logicalId: string, resource: CfnResource) => {
    resources[logicalId] = resource;
  };
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const path = ['Resources', logicalId, 'Properties'];
    const properties = resource.Properties ?? {};
    switch (resource.Type) {
      case 'AWS::Serverless::Function':
        expandFunction(logicalId, { ...functionGlobals, ...properties }, path, add, at, warnings, template.Resources);
        break;
      case 'AWS::Serverless::SimpleTable':
        add(logicalId, { Type: 'AWS::DynamoDB::Table', Properties: simpleTable(properties) });
        break;
      case 'AWS::Serverless::Api': {
        const { StageName: _stage, EndpointConfiguration, Name, DefinitionBody: _body, Cors: _cors, Auth: _auth, ...rest } = properties;
        const api: Record<string, unknown> = { ...(Name !== undefined ? { Name } : {}) };
        const type = isRecord(EndpointConfiguration) ? EndpointConfiguration.Type : EndpointConfiguration;
        if (typeof type === 'string') api.EndpointConfiguration = { Types: [type] };
        for (const key of STAGE_PROPERTIES) if (rest[key] !== undefined) api[key] = rest[key];
        add(logicalId, { Type: 'AWS::ApiGateway::RestApi', Properties: api });
        break;
      }
      case 'AWS::Serverless::StateMachine': {
        const { Definition, DefinitionUri, DefinitionSubstitutions, Role, Type, Name, Policies, Events: _events, ...rest } = properties;
        const machine: Record<string, unknown> = { ...rest };
        if (Definition !== undefined) machine.Definition = Definition;
        if (isRecord(DefinitionUri)) machine.DefinitionS3Location = DefinitionUri;
        if (DefinitionSubstitutions !== undefined) machine.DefinitionSubstitutions = DefinitionSubstitutions;
        if (Type !== undefined) machine.StateMachineType = Type;
        if (Name !== undefined) machine.StateMachineName = Name;
        if (Role !== undefined) machine.RoleArn = Role;
        else if (Policies !== undefined) machine.RoleArn = { 'Fn::GetAtt': [policyRole(logicalId, Policies, 'states.amazonaws.com', add), 'Arn'] };
        add(logicalId, { Type: 'AWS::StepFunctions::StateMachine', Properties: machine });
        break;
      }
      default:
        if (resource.Type.startsWith('AWS::Serverless::')) warnings.push(at(['Resources', logicalId, 'Type'], `${resource.Type} is not expanded; it is kept as a node of its own`));
        add(logicalId, resource);
    }
  }
  return { template: { ...template, Resources: resources }, warnings };
}

function expandFunction(
  logicalId: string,
  properties: Record<string, unknown>,
  path: Array<string | number>,
  add: (logicalId: string, resource: CfnResource) => void,
  at: Located,
  warnings: Problem[],
  original: Record<string, CfnResource>,
): void {
  const { InlineCode, CodeUri, ImageUri, Tracing, DeadLetterQueue, EventInvokeConfig, Events, Policies, Role, AutoPublishAlias: _alias, ...rest } = properties;
  const fn: Record<string, unknown> = { ...rest };
  if (typeof InlineCode === 'string') fn.Code = { ZipFile: InlineCode };
  else if (isRecord(CodeUri)) fn.Code = { S3Bucket: CodeUri.Bucket, S3Key: CodeUri.Key };
  else if (typeof CodeUri === 'string' && CodeUri.startsWith('s3://')) {
    const [bucket, ...key] = CodeUri.slice(5).split('/');
    fn.Code = { S3Bucket: bucket, S3Key: key.join('/') };
  } else if (typeof ImageUri === 'string') fn.Code = { ImageUri };
  if (typeof Tracing === 'string') fn.TracingConfig = { Mode: Tracing };
  if (isRecord(DeadLetterQueue)) fn.DeadLetterConfig = { TargetArn: DeadLetterQueue.TargetArn };
  if (Role !== undefined) fn.Role = Role;
  else fn.Role = { 'Fn::GetAtt': [policyRole(logicalId, Policies, 'lambda.amazonaws.com', add), 'Arn'] };
  add(logicalId, { Type: 'AWS::Lambda::Function', Properties: fn });

  if (isRecord(EventInvokeConfig)) {
    const { DestinationConfig, ...settings } = EventInvokeConfig;
    const destinations: Record<string, unknown> = {};
    if (isRecord(DestinationConfig)) {
      for (const key of ['OnSuccess', 'OnFailure']) {
        const destination = DestinationConfig[key];
        if (isRecord(destination)) destinations[key] = { Destination: destination.Destination };
      }
    }
    add(`${logicalId}EventInvokeConfig`, {
      Type: 'AWS::Lambda::EventInvokeConfig',
      Properties: { FunctionName: { Ref: logicalId }, Qualifier: '$LATEST', ...settings, ...(Object.keys(destinations).length > 0 ? { DestinationConfig: destinations } : {}) },
    });
  }

  for (const [eventName, event] of Object.entries(isRecord(Events) ? Events : {})) {
    if (!isRecord(event) || !isRecord(event.Properties ?? {})) continue;
    const eventPath = [...path, 'Events', eventName];
    const { Queue, Stream, Topic, Bucket, Events: s3Events, RestApiId, Path, Method, ...settings } = (event.Properties ?? {}) as Record<string, unknown>;
    const id = `${logicalId}${eventName}`;
    switch (event.Type) {
      case 'SQS':
      case 'Kinesis':
      case 'DynamoDB':
        add(`${id}Mapping`, {
          Type: 'AWS::Lambda::EventSourceMapping',
          Properties: { EventSourceArn: Queue ?? Stream, FunctionName: { Ref: logicalId }, ...settings },
        });
        break;
      case 'SNS':
        add(`${id}Subscription`, {
          Type: 'AWS::SNS::Subscription',
          Properties: { TopicArn: Topic, Protocol: 'lambda', Endpoint: { 'Fn::GetAtt': [logicalId, 'Arn'] }, ...settings },
        });
        break;
      case 'S3': {
        const bucketId = isRecord(Bucket) && typeof Bucket.Ref === 'string' ? Bucket.Ref : undefined;
        const bucket = bucketId ? original[bucketId] : undefined;
        if (!bucket) {
          warnings.push(at([...eventPath, 'Properties', 'Bucket'], 'an S3 event needs a bucket of this template; it is left out'));
          break;
        }
        bucket.Properties ??= {};
        const notification = entryOf(bucket.Properties, 'NotificationConfiguration', (): Record<string, unknown> => ({}));
        const list = entryOf(notification, 'LambdaConfigurations', (): unknown[] => []);
        for (const type of Array.isArray(s3Events) ? s3Events : [s3Events]) list.push({ Event: type, Function: { 'Fn::GetAtt': [logicalId, 'Arn'] } });
        break;
      }
      case 'Api': {
        const api = typeof RestApiId === 'undefined' ? 'ServerlessRestApi' : undefined;
        if (api && !original[api]) original[api] = { Type: 'AWS::ApiGateway::RestApi' };
        if (api) add(api, original[api]!);
        add(`${id}Method`, {
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            RestApiId: RestApiId ?? { Ref: api },
            HttpMethod: typeof Method === 'string' ? Method.toUpperCase() : 'ANY',
            ResourceId: String(Path ?? '/'),
            Integration: { Type: 'AWS_PROXY', Uri: { 'Fn::GetAtt': [logicalId, 'Arn'] } },
          },
        });
        break;
      }
      default:
        warnings.push(at([...eventPath, 'Type'], `a ${String(event.Type)} event is not one Cloudwright models; it is left out`));
    }
  }
}

/** SAM's generated execution role, written out: a policy statement per policy template or inline statement. */
function policyRole(logicalId: string, policies: unknown, principal: string, add: (logicalId: string, resource: CfnResource) => void): string {
  const statements: unknown[] = [];
  for (const policy of Array.isArray(policies) ? policies : policies === undefined ? [] : [policies]) {
    if (!isRecord(policy)) continue;
    if (Array.isArray(policy.Statement)) statements.push(...policy.Statement);
    for (const [name, argument] of Object.entries(policy)) {
      const known = POLICY_TEMPLATES[name];
      if (!known || !isRecord(argument)) continue;
      statements.push({ Effect: 'Allow', Action: known.actions, Resource: [argument[known.key]] });
    }
  }
  const roleId = `${logicalId}Role`;
  add(roleId, {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: principal }, Action: 'sts:AssumeRole' }] },
      ...(statements.length > 0 ? { Policies: [{ PolicyName: 'sam-policies', PolicyDocument: { Version: '2012-10-17', Statement: statements } }] } : {}),
    },
  });
  return roleId;
}

/** AWS::Serverless::SimpleTable: a one-key table, on demand unless it names its throughput. */
function simpleTable(properties: Record<string, unknown>): Record<string, unknown> {
  const key = isRecord(properties.PrimaryKey) ? properties.PrimaryKey : {};
  const name = typeof key.Name === 'string' ? key.Name : 'id';
  const type = key.Type === 'Number' ? 'N' : key.Type === 'Binary' ? 'B' : 'S';
  return {
    ...(properties.TableName !== undefined ? { TableName: properties.TableName } : {}),
    KeySchema: [{ AttributeName: name, KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: name, AttributeType: type }],
    ...(properties.ProvisionedThroughput !== undefined ? { ProvisionedThroughput: properties.ProvisionedThroughput } : { BillingMode: 'PAY_PER_REQUEST' }),
    ...(properties.SSESpecification !== undefined ? { SSESpecification: properties.SSESpecification } : {}),
  };
}
