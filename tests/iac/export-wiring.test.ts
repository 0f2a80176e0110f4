import { describe, expect, it } from 'vitest';
import { loadDesignText } from '../../src/design/load.ts';
import type { Design } from '../../src/design/schema.ts';
import { exportTemplate, exportTemplateObject } from '../../src/iac/export-template.ts';
import { importTemplate } from '../../src/iac/import-template.ts';
import { parseTemplate } from '../../src/iac/import/parse-template.ts';
import type { CfnResource, CfnTemplate } from '../../src/iac/template.ts';
import { specErrors } from './spec-check.ts';

function design(yaml: string): Design {
  const loaded = loadDesignText(`format: cloudwright.design/1\n${yaml}`);
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
  return loaded.value;
}

function ofType(template: CfnTemplate, type: string): Array<[string, CfnResource]> {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}

/** Every statement of the policies attached to a role. */
function statementsOf(template: CfnTemplate, role: string) {
  return ofType(template, 'AWS::IAM::Policy')
    .filter(([, policy]) => JSON.stringify(policy.Properties?.Roles) === JSON.stringify([{ Ref: role }]))
    .flatMap(([, policy]) => (policy.Properties!.PolicyDocument as { Statement: Array<{ Action: string[]; Resource: unknown[] }> }).Statement);
}

const PIPELINE = design(`
name: Orders
nodes:
  - { id: web, kind: Actor::Client, position: { x: 0, y: 0 } }
  - { id: orders, kind: AWS::SQS::Queue, config: { VisibilityTimeout: 180, messageRetentionNote: kept } }
  - { id: orders-dlq, kind: AWS::SQS::Queue }
  - { id: fulfil, kind: AWS::Lambda::Function, config: { Timeout: 30, MaximumRetryAttempts: 1, durationMs: 250 } }
  - { id: events, kind: AWS::SNS::Topic }
  - { id: audit, kind: AWS::SQS::Queue }
  - { id: table, kind: AWS::DynamoDB::Table }
  - { id: uploads, kind: AWS::S3::Bucket }
  - { id: failures, kind: AWS::SQS::Queue }
edges:
  - { from: web, to: orders, config: { messageGroupId: customerId } }
  - { from: orders, to: fulfil, config: { BatchSize: 5, MaximumBatchingWindowInSeconds: 2 } }
  - { from: orders, to: orders-dlq, role: dead-letter, config: { maxReceiveCount: 3 } }
  - { from: fulfil, to: events }
  - { from: events, to: audit, config: { RawMessageDelivery: true } }
  - { from: fulfil, to: table, config: { operation: read } }
  - { from: uploads, to: fulfil, config: { events: ["s3:ObjectCreated:Put", "s3:ObjectRemoved:*"] } }
  - { from: fulfil, to: failures, role: on-failure }
  - { from: table, to: fulfil }
`);

describe('export wires every edge the way AWS needs it', () => {
  const template = exportTemplateObject(PIPELINE);

  it('matches the CloudFormation specification', () => {
    expect(specErrors(template)).toEqual([]);
  });

  it('queue → function: an event source mapping with the edge’s properties, after the role’s policy', () => {
    const mapping = ofType(template, 'AWS::Lambda::EventSourceMapping').find(([, m]) => JSON.stringify(m.Properties?.EventSourceArn).includes('"Orders"'));
    expect(mapping?.[1].Properties).toEqual({
      EventSourceArn: { 'Fn::GetAtt': ['Orders', 'Arn'] },
      FunctionName: { Ref: 'Fulfil' },
      BatchSize: 5,
      MaximumBatchingWindowInSeconds: 2,
    });
    expect(mapping?.[1].DependsOn).toEqual(['FulfilPolicy']);
  });

  it('dead-letter edge: RedrivePolicy with deadLetterTargetArn and maxReceiveCount', () => {
    expect(template.Resources.Orders?.Properties?.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': ['OrdersDlq', 'Arn'] }, maxReceiveCount: 3 });
  });

  it('topic → queue: a subscription and the queue policy that lets the topic send', () => {
    const [, subscription] = ofType(template, 'AWS::SNS::Subscription')[0]!;
    expect(subscription.Properties).toEqual({ TopicArn: { Ref: 'Events' }, Protocol: 'sqs', Endpoint: { 'Fn::GetAtt': ['Audit', 'Arn'] }, RawMessageDelivery: true });
    const [, policy] = ofType(template, 'AWS::SQS::QueuePolicy')[0]!;
    expect(policy.Properties?.Queues).toEqual([{ Ref: 'Audit' }]);
    expect((policy.Properties!.PolicyDocument as { Statement: unknown[] }).Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: { 'Fn::GetAtt': ['Audit', 'Arn'] },
        Condition: { ArnEquals: { 'aws:SourceArn': { Ref: 'Events' } } },
      },
    ]);
  });

  it('bucket → function: NotificationConfiguration per event, a permission, and no circle between them', () => {
    const bucket = template.Resources.Uploads!;
    expect(bucket.Properties?.NotificationConfiguration).toEqual({
      LambdaConfigurations: [
        { Event: 's3:ObjectCreated:Put', Function: { 'Fn::GetAtt': ['Fulfil', 'Arn'] } },
        { Event: 's3:ObjectRemoved:*', Function: { 'Fn::GetAtt': ['Fulfil', 'Arn'] } },
      ],
    });
    const [permissionId, permission] = ofType(template, 'AWS::Lambda::Permission').find(([, p]) => p.Properties?.Principal === 's3.amazonaws.com')!;
    expect(permission.Properties?.FunctionName).toEqual({ Ref: 'Fulfil' });
    expect(bucket.DependsOn).toEqual([permissionId]);
    // The permission names the bucket by its name, so it does not depend on the bucket.
    expect(JSON.stringify(permission.Properties)).not.toContain('"Uploads"');
  });

  it('table → function: the table gets a stream, the mapping reads it from the start it was told', () => {
    expect(template.Resources.Table?.Properties?.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
    const mapping = ofType(template, 'AWS::Lambda::EventSourceMapping').find(([, m]) => JSON.stringify(m.Properties?.EventSourceArn).includes('StreamArn'));
    expect(mapping?.[1].Properties).toMatchObject({ EventSourceArn: { 'Fn::GetAtt': ['Table', 'StreamArn'] }, StartingPosition: 'LATEST' });
  });

  it('on-failure: an EventInvokeConfig destination, with the function’s retry setting', () => {
    const [, invokeConfig] = ofType(template, 'AWS::Lambda::EventInvokeConfig')[0]!;
    expect(invokeConfig.Properties).toEqual({
      FunctionName: { Ref: 'Fulfil' },
      Qualifier: '$LATEST',
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': ['Failures', 'Arn'] } } },
      MaximumRetryAttempts: 1,
    });
    expect(template.Resources.Fulfil?.Properties?.MaximumRetryAttempts).toBeUndefined();
    // Lambda checks the role may reach the destination when the config is created.
    expect(ofType(template, 'AWS::Lambda::EventInvokeConfig')[0]![1].DependsOn).toEqual(['FulfilPolicy']);
  });

  it('function → queue (dead-letter): DeadLetterConfig, and the role may send there before the function exists', () => {
    const withDlq = exportTemplateObject(
      design('nodes:\n  - { id: f, kind: AWS::Lambda::Function }\n  - { id: dlq, kind: AWS::SQS::Queue }\nedges:\n  - { from: f, to: dlq, role: dead-letter }\n'),
    );
    expect(withDlq.Resources.F?.Properties?.DeadLetterConfig).toEqual({ TargetArn: { 'Fn::GetAtt': ['Dlq', 'Arn'] } });
    expect(withDlq.Resources.FRole?.Properties?.Policies).toEqual([
      {
        PolicyName: 'at-creation',
        PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [{ 'Fn::GetAtt': ['Dlq', 'Arn'] }] }] },
      },
    ]);
    expect(specErrors(withDlq)).toEqual([]);
  });

  it('one role per function: basic execution plus exactly its connections', () => {
    const fulfil = template.Resources.Fulfil!.Properties!;
    expect(fulfil.Role).toEqual({ 'Fn::GetAtt': ['FulfilRole', 'Arn'] });
    const role = template.Resources.FulfilRole!.Properties!;
    expect(role.ManagedPolicyArns).toEqual([{ 'Fn::Sub': `arn:\${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole` }]);
    const actions = Object.fromEntries(statementsOf(template, 'FulfilRole').map((statement) => [JSON.stringify(statement.Resource[0]), [...statement.Action].sort()]));
    expect(actions).toEqual({
      [JSON.stringify({ 'Fn::GetAtt': ['Orders', 'Arn'] })]: ['sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage'],
      [JSON.stringify({ Ref: 'Events' })]: ['sns:Publish'],
      [JSON.stringify({ 'Fn::GetAtt': ['Table', 'Arn'] })]: ['dynamodb:BatchGetItem', 'dynamodb:ConditionCheckItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'],
      [JSON.stringify({ 'Fn::GetAtt': ['Failures', 'Arn'] })]: ['sqs:SendMessage'],
      [JSON.stringify({ 'Fn::GetAtt': ['Table', 'StreamArn'] })]: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
    });
  });

  it('game settings, positions and actors go into Metadata, not properties', () => {
    expect(template.Resources.Fulfil?.Properties?.durationMs).toBeUndefined();
    const metadata = template.Metadata?.Cloudwright as { nodes: Record<string, { settings?: object }>; actors: Array<{ id: string }>; edges: Array<{ from: string; settings?: object }> };
    expect(metadata.nodes.fulfil?.settings).toEqual({ durationMs: 250 });
    expect(metadata.nodes.orders?.settings).toEqual({ messageRetentionNote: 'kept' });
    expect(metadata.actors.map((actor) => actor.id)).toEqual(['web']);
    expect(metadata.edges.find((edge) => edge.from === 'web')?.settings).toEqual({ messageGroupId: 'customerId' });
    expect(Object.values(template.Resources).some((resource) => resource.Type.startsWith('Actor::'))).toBe(false);
  });

  it('logical ids are the node ids in PascalCase', () => {
    expect(Object.keys(template.Resources)).toEqual(expect.arrayContaining(['Orders', 'OrdersDlq', 'Fulfil', 'Uploads']));
  });

  it('YAML and JSON are the same template', () => {
    const fromYaml = parseTemplate(exportTemplate(PIPELINE));
    expect(fromYaml.ok && fromYaml.parsed.template).toEqual(JSON.parse(exportTemplate(PIPELINE, { as: 'json' })));
  });
});

describe('API Gateway and Step Functions', () => {
  const apiDesign = design(`
nodes:
  - { id: api, kind: AWS::ApiGateway::RestApi, config: { TracingEnabled: true, authorizationType: AWS_IAM } }
  - { id: get-item, kind: AWS::Lambda::Function }
  - { id: flow, kind: AWS::StepFunctions::StateMachine }
  - { id: items, kind: AWS::DynamoDB::Table, config: { BillingMode: PAY_PER_REQUEST, KeySchema: [{ AttributeName: sku, KeyType: HASH }], AttributeDefinitions: [{ AttributeName: sku, AttributeType: S }] } }
edges:
  - { from: api, to: get-item }
  - { from: flow, to: get-item }
  - { from: flow, to: items }
`);
  const template = exportTemplateObject(apiDesign);

  it('matches the specification', () => {
    expect(specErrors(template)).toEqual([]);
  });

  it('API → function: resource, proxy method, permission, deployment and a stage with the stage settings', () => {
    const [, method] = ofType(template, 'AWS::ApiGateway::Method')[0]!;
    expect(method.Properties).toMatchObject({ HttpMethod: 'ANY', AuthorizationType: 'AWS_IAM', Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST' } });
    expect(JSON.stringify(method.Properties?.Integration)).toContain(`\${GetItem.Arn}`);
    expect(ofType(template, 'AWS::ApiGateway::Resource')[0]![1].Properties?.PathPart).toBe('get-item');
    expect(ofType(template, 'AWS::Lambda::Permission').some(([, p]) => p.Properties?.Principal === 'apigateway.amazonaws.com')).toBe(true);
    expect(ofType(template, 'AWS::ApiGateway::Stage')[0]![1].Properties).toMatchObject({ StageName: 'prod', TracingEnabled: true });
    expect(template.Resources.Api?.Properties?.TracingEnabled).toBeUndefined();
  });

  it('state machine: a task per call in a generated definition, and a role allowing exactly those calls', () => {
    const flow = template.Resources.Flow!.Properties!;
    expect(flow.Definition).toEqual({
      StartAt: 'GetItem',
      States: {
        GetItem: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: `\${GetItem}`, 'Payload.$': '$' }, Next: 'Items' },
        Items: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: `\${Items}`, Item: { sku: { 'S.$': '$$.Execution.Name' } } }, End: true },
      },
    });
    expect(flow.DefinitionSubstitutions).toEqual({ GetItem: { 'Fn::GetAtt': ['GetItem', 'Arn'] }, Items: { Ref: 'Items' } });
    const actions = statementsOf(template, 'FlowRole').flatMap((statement) => statement.Action);
    expect(actions).toEqual(expect.arrayContaining(['lambda:InvokeFunction', 'dynamodb:PutItem']));
  });

  it('SAM: the function becomes AWS::Serverless::Function with an Api event on an AWS::Serverless::Api', () => {
    const sam = exportTemplateObject(apiDesign, { format: 'sam' });
    expect(sam.Transform).toBe('AWS::Serverless-2016-10-31');
    expect(sam.Resources.Api?.Type).toBe('AWS::Serverless::Api');
    expect(sam.Resources.Api?.Properties).toMatchObject({ StageName: 'prod', TracingEnabled: true });
    const fn = sam.Resources.GetItem!;
    expect(fn.Type).toBe('AWS::Serverless::Function');
    expect(Object.values(fn.Properties?.Events as object)).toEqual([{ Type: 'Api', Properties: { RestApiId: { Ref: 'Api' }, Path: '/get-item', Method: 'any' } }]);
    expect(fn.Properties?.InlineCode).toContain('exports.handler');
    expect(ofType(sam, 'AWS::ApiGateway::Method')).toEqual([]);
    expect(specErrors(sam)).toEqual([]);
  });
});

describe('API Gateway service integrations', () => {
  const apiToServices = design(`
nodes:
  - { id: api, kind: AWS::ApiGateway::RestApi }
  - { id: inbox, kind: AWS::SQS::Queue }
  - { id: flow, kind: AWS::StepFunctions::StateMachine }
  - { id: handler, kind: AWS::Lambda::Function }
edges:
  - { from: api, to: inbox }
  - { from: api, to: flow }
  - { from: api, to: handler }
`);
  const template = exportTemplateObject(apiToServices);

  it('API → queue: an AWS integration that sends the body, with the API’s role allowed only that', () => {
    const [, method] = ofType(template, 'AWS::ApiGateway::Method').find(([id]) => id.includes('Inbox'))!;
    expect(method.Properties).toMatchObject({
      HttpMethod: 'POST',
      Integration: {
        Type: 'AWS',
        IntegrationHttpMethod: 'POST',
        Credentials: { 'Fn::GetAtt': ['ApiRole', 'Arn'] },
        RequestTemplates: { 'application/json': 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)' },
      },
      MethodResponses: [{ StatusCode: '200' }],
    });
    expect(JSON.stringify(method.Properties?.Integration)).toContain(`\${Inbox.QueueName}`);
    const actions = statementsOf(template, 'ApiRole').map((statement) => [statement.Action, statement.Resource]);
    expect(actions).toEqual([
      [['sqs:SendMessage'], [{ 'Fn::GetAtt': ['Inbox', 'Arn'] }]],
      [['states:StartExecution'], [{ Ref: 'Flow' }]],
    ]);
    expect(template.Resources.ApiRole?.Properties?.AssumeRolePolicyDocument).toMatchObject({
      Statement: [{ Principal: { Service: 'apigateway.amazonaws.com' } }],
    });
    expect(specErrors(template)).toEqual([]);
  });

  it('imports back: the methods’ integrations become the edges, the API’s role is absorbed', () => {
    const text = exportTemplate(apiToServices).replace(/Metadata:\n {2}Cloudwright:[\s\S]*?\nResources:/, 'Resources:');
    const imported = importTemplate(text);
    expect(imported.ok && imported.design.edges.map((edge) => `${edge.from} -> ${edge.to}`).sort()).toEqual(['api -> flow', 'api -> handler', 'api -> inbox']);
    expect(imported.ok && imported.design.nodes.map((node) => node.kind).sort()).toEqual([
      'AWS::ApiGateway::RestApi',
      'AWS::Lambda::Function',
      'AWS::SQS::Queue',
      'AWS::StepFunctions::StateMachine',
    ]);
  });

  it('SAM: an API that also calls services stays plain CloudFormation, its function permission too', () => {
    const sam = exportTemplateObject(apiToServices, { format: 'sam' });
    expect(sam.Resources.Api?.Type).toBe('AWS::ApiGateway::RestApi');
    expect(ofType(sam, 'AWS::ApiGateway::Method')).toHaveLength(3);
    expect(ofType(sam, 'AWS::ApiGateway::Deployment')).toHaveLength(1);
    expect(ofType(sam, 'AWS::Lambda::Permission')).toHaveLength(1);
    expect(sam.Resources.Handler?.Properties?.Events).toBeUndefined();
    expect(specErrors(sam)).toEqual([]);
  });
});

describe('API authorizers', () => {
  it('a Lambda authorizer: TOKEN authorizer, its permission, and methods that use it when the API says CUSTOM', () => {
    const template = exportTemplateObject(
      design(`
nodes:
  - { id: api, kind: AWS::ApiGateway::RestApi, config: { authorizationType: CUSTOM } }
  - { id: auth, kind: AWS::Lambda::Function }
  - { id: orders, kind: AWS::Lambda::Function }
edges:
  - { from: api, to: auth, role: authorizer }
  - { from: api, to: orders }
`),
    );
    const [authorizerId, authorizer] = ofType(template, 'AWS::ApiGateway::Authorizer')[0]!;
    expect(authorizer.Properties).toMatchObject({ Type: 'TOKEN', IdentitySource: 'method.request.header.Authorization', RestApiId: { Ref: 'Api' } });
    expect(JSON.stringify(authorizer.Properties?.AuthorizerUri)).toContain(`\${Auth.Arn}`);
    expect(ofType(template, 'AWS::ApiGateway::Method')[0]![1].Properties).toMatchObject({ AuthorizationType: 'CUSTOM', AuthorizerId: { Ref: authorizerId } });
    expect(ofType(template, 'AWS::Lambda::Permission').map(([, p]) => p.Properties?.FunctionName)).toEqual([{ Ref: 'Auth' }, { Ref: 'Orders' }]);
    expect(specErrors(template)).toEqual([]);
    const imported = importTemplate(exportTemplate(design('nodes:\n  - { id: api, kind: AWS::ApiGateway::RestApi }\n  - { id: pool, kind: AWS::Cognito::UserPool }\n  - { id: f, kind: AWS::Lambda::Function }\nedges:\n  - { from: api, to: pool, role: authorizer }\n  - { from: api, to: f }\n')));
    expect(imported.ok && imported.design.edges.map((edge) => `${edge.from} -> ${edge.to}${edge.role ? ` (${edge.role})` : ''}`).sort()).toEqual([
      'api -> f',
      'api -> pool (authorizer)',
    ]);
  });
});

describe('SAM events for the sources of a function', () => {
  it('SQS, SNS, S3 and Kinesis sources become Events; SAM writes their mappings and permissions', () => {
    const sam = exportTemplateObject(
      design(`
nodes:
  - { id: jobs, kind: AWS::SQS::Queue }
  - { id: news, kind: AWS::SNS::Topic }
  - { id: files, kind: AWS::S3::Bucket }
  - { id: clicks, kind: AWS::Kinesis::Stream }
  - { id: worker, kind: AWS::Lambda::Function, config: { TracingConfig: { Mode: Active } } }
  - { id: dlq, kind: AWS::SQS::Queue }
edges:
  - { from: jobs, to: worker, config: { BatchSize: 1 } }
  - { from: news, to: worker }
  - { from: files, to: worker }
  - { from: clicks, to: worker, config: { StartingPosition: TRIM_HORIZON } }
  - { from: worker, to: dlq, role: dead-letter }
`),
      { format: 'sam' },
    );
    const fn = sam.Resources.Worker!.Properties!;
    const events = Object.values(fn.Events as Record<string, { Type: string; Properties: Record<string, unknown> }>);
    expect(events.map((event) => event.Type).sort()).toEqual(['Kinesis', 'S3', 'SNS', 'SQS']);
    expect(events.find((event) => event.Type === 'SQS')?.Properties).toEqual({ Queue: { 'Fn::GetAtt': ['Jobs', 'Arn'] }, BatchSize: 1 });
    expect(events.find((event) => event.Type === 'S3')?.Properties).toEqual({ Bucket: { Ref: 'Files' }, Events: ['s3:ObjectCreated:*'] });
    expect(fn.Tracing).toBe('Active');
    expect(fn.DeadLetterQueue).toEqual({ Type: 'SQS', TargetArn: { 'Fn::GetAtt': ['Dlq', 'Arn'] } });
    expect(ofType(sam, 'AWS::Lambda::EventSourceMapping')).toEqual([]);
    expect(ofType(sam, 'AWS::SNS::Subscription')).toEqual([]);
    expect(ofType(sam, 'AWS::Lambda::Permission')).toEqual([]);
    expect(sam.Resources.Files?.Properties?.NotificationConfiguration).toBeUndefined();
    expect(specErrors(sam)).toEqual([]);
  });
});

describe('required properties the design leaves out', () => {
  it('are asked for as parameters when only the person deploying knows them', () => {
    const template = exportTemplateObject(design('nodes:\n  - { id: site-cert, kind: AWS::CertificateManager::Certificate }\n'));
    expect(template.Resources.SiteCert?.Properties?.DomainName).toEqual({ Ref: 'SiteCertDomainName' });
    expect(template.Parameters?.SiteCertDomainName).toMatchObject({ Type: 'String' });
  });

  it('a function gets a handler that logs its events; a table a string key and starting capacity', () => {
    const template = exportTemplateObject(design('nodes:\n  - { id: f, kind: AWS::Lambda::Function }\n  - { id: t, kind: AWS::DynamoDB::Table }\n'));
    expect(template.Resources.F?.Properties).toMatchObject({ Runtime: 'nodejs20.x', Handler: 'index.handler', Code: { ZipFile: expect.stringContaining('console.log') } });
    expect(template.Resources.T?.Properties).toMatchObject({
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
    });
    const metadata = template.Metadata?.Cloudwright as { nodes: Record<string, { filled?: string[] }> };
    expect(metadata.nodes.t?.filled).toEqual(['KeySchema', 'AttributeDefinitions', 'ProvisionedThroughput']);
  });
});
