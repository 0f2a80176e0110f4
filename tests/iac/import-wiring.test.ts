import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/design/schema.ts';
import { importTemplate } from '../../src/iac/import-template.ts';

function load(yaml: string): { design: Design; warnings: Array<{ path: string; message: string; line?: number }> } {
  const result = importTemplate(yaml);
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
  return result;
}

const edges = (design: Design) =>
  design.edges.map((edge) => `${edge.from} -> ${edge.to}${edge.role ? ` (${edge.role})` : ''}${edge.config ? ` ${JSON.stringify(edge.config)}` : ''}`).sort();

const TRUST = `AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }`;

describe('import turns wiring into edges', () => {
  it('destinations, dead-letter config and retry settings of asynchronous invocations', () => {
    const { design } = load(`
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Role: !GetAtt FnRole.Arn, Code: { ZipFile: x }, Runtime: nodejs20.x, Handler: index.handler, DeadLetterConfig: { TargetArn: !Ref Alerts } }
  FnRole: { Type: AWS::IAM::Role, Properties: { ${TRUST} } }
  Alerts: { Type: AWS::SNS::Topic }
  Done: { Type: AWS::SQS::Queue }
  Failed: { Type: AWS::SQS::Queue }
  FnInvokeConfig:
    Type: AWS::Lambda::EventInvokeConfig
    Properties:
      FunctionName: !Ref Fn
      Qualifier: $LATEST
      MaximumRetryAttempts: 0
      DestinationConfig: { OnSuccess: { Destination: !GetAtt Done.Arn }, OnFailure: { Destination: !GetAtt Failed.Arn } }
`);
    expect(edges(design)).toEqual(['fn -> alerts (dead-letter)', 'fn -> done (on-success)', 'fn -> failed (on-failure)']);
    expect(design.nodes.find((node) => node.id === 'fn')?.config?.MaximumRetryAttempts).toBe(0);
    expect(design.nodes.map((node) => node.kind)).not.toContain('AWS::IAM::Role');
  });

  it('bucket notifications to a queue and a topic; their resource policies are absorbed', () => {
    const { design } = load(`
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration:
        QueueConfigurations: [{ Event: "s3:ObjectCreated:*", Queue: !GetAtt Jobs.Arn }, { Event: "s3:ObjectRemoved:*", Queue: !GetAtt Jobs.Arn }]
        TopicConfigurations: [{ Event: "s3:ObjectCreated:Put", Topic: !Ref News }]
  Jobs: { Type: AWS::SQS::Queue }
  News: { Type: AWS::SNS::Topic }
  JobsPolicy:
    Type: AWS::SQS::QueuePolicy
    Properties: { Queues: [!Ref Jobs], PolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: s3.amazonaws.com }, Action: sqs:SendMessage, Resource: !GetAtt Jobs.Arn }] } }
  NewsPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties: { Topics: [!Ref News], PolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: s3.amazonaws.com }, Action: sns:Publish, Resource: !Ref News }] } }
`);
    expect(edges(design)).toEqual([
      'bucket -> jobs {"events":["s3:ObjectCreated:*","s3:ObjectRemoved:*"]}',
      'bucket -> news {"events":["s3:ObjectCreated:Put"]}',
    ]);
    expect(design.nodes).toHaveLength(3);
  });

  it('a role shared by two functions stands alone, as do roles nobody uses; a separate policy gives edges', () => {
    const { design } = load(`
Resources:
  Shared: { Type: AWS::IAM::Role, Properties: { ${TRUST} } }
  Spare: { Type: AWS::IAM::Role, Properties: { ${TRUST} } }
  A: { Type: AWS::Lambda::Function, Properties: { Role: !GetAtt Shared.Arn, Code: { ZipFile: x }, Runtime: nodejs20.x, Handler: i.h } }
  B: { Type: AWS::Lambda::Function, Properties: { Role: !GetAtt Shared.Arn, Code: { ZipFile: x }, Runtime: nodejs20.x, Handler: i.h } }
  C: { Type: AWS::Lambda::Function, Properties: { Role: !GetAtt CRole.Arn, Code: { ZipFile: x }, Runtime: nodejs20.x, Handler: i.h } }
  CRole: { Type: AWS::IAM::Role, Properties: { ${TRUST} } }
  CPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: writes
      Roles: [!Ref CRole]
      PolicyDocument: { Statement: [{ Effect: Allow, Action: [dynamodb:PutItem], Resource: !GetAtt Table.Arn }, { Effect: Allow, Action: lambda:InvokeFunction, Resource: !GetAtt A.Arn }] }
  Table: { Type: AWS::DynamoDB::Table, Properties: { KeySchema: [{ AttributeName: id, KeyType: HASH }] } }
`);
    expect(design.nodes.filter((node) => node.kind === 'AWS::IAM::Role').map((node) => node.id).sort()).toEqual(['shared', 'spare']);
    expect(edges(design)).toEqual([
      'a -> shared (execution-role)',
      'b -> shared (execution-role)',
      'c -> a',
      'c -> table {"operation":"write"}',
    ]);
  });

  it('a state machine calls what its definition substitutions name, even when its role says nothing', () => {
    const { design } = load(`
Resources:
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: !GetAtt FlowRole.Arn
      DefinitionString: !Sub '{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"\${Work.Arn}","End":true}}}'
      DefinitionSubstitutions: { QueueUrl: !Ref Outbox }
  FlowRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: states.amazonaws.com }, Action: sts:AssumeRole }] }
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AWSLambda_FullAccess]
  Work: { Type: AWS::Lambda::Function, Properties: { Role: arn:aws:iam::123456789012:role/x, Code: { ZipFile: x }, Runtime: nodejs20.x, Handler: i.h } }
  Outbox: { Type: AWS::SQS::Queue }
`);
    expect(edges(design)).toEqual(['flow -> outbox', 'flow -> work']);
  });

  it('CloudFront origins and alarm actions', () => {
    const { design } = load(`
Resources:
  Site: { Type: AWS::S3::Bucket }
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins: [{ Id: site, DomainName: !GetAtt Site.RegionalDomainName, S3OriginConfig: {}, OriginPath: /public }]
        DefaultCacheBehavior: { TargetOriginId: site, ViewerProtocolPolicy: redirect-to-https }
  Alarm: { Type: AWS::CloudWatch::Alarm, Properties: { AlarmActions: [!Ref Page] } }
  Page: { Type: AWS::SNS::Topic }
`);
    expect(edges(design)).toEqual(['alarm -> page', 'cdn -> site (origin) {"OriginPath":"/public"}']);
    expect(design.nodes.find((node) => node.id === 'cdn')?.config?.DistributionConfig).toEqual({
      Enabled: true,
      DefaultCacheBehavior: { TargetOriginId: 'site', ViewerProtocolPolicy: 'redirect-to-https' },
    });
  });

  it('properties: unknown ones are kept with a warning, unreadable values left out with a warning and a line', () => {
    const { design, warnings } = load(`Parameters:
  Timeout: { Type: Number }
Resources:
  Jobs:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: !Ref Timeout
      Tags: [{ Key: team, Value: orders }]
      DelaySeconds: 5
`);
    expect(design.nodes[0]?.config).toEqual({ Tags: [{ Key: 'team', Value: 'orders' }], DelaySeconds: 5 });
    expect(warnings).toEqual([
      expect.objectContaining({ path: 'Resources.Jobs.Properties.VisibilityTimeout', line: 7 }),
      expect.objectContaining({ path: 'Resources.Jobs.Properties.Tags', line: 8, message: expect.stringContaining('kept on the node') }),
    ]);
  });
});

describe('edge settings from the template', () => {
  it('unknown ones are kept with a warning, unreadable ones left out, both located', () => {
    const { design, warnings } = load(`Parameters:
  Size: { Type: Number }
Resources:
  Jobs: { Type: AWS::SQS::Queue }
  Fn: { Type: AWS::Lambda::Function, Properties: { Role: arn:aws:iam::123456789012:role/x, Code: { ZipFile: x }, Runtime: nodejs20.x, Handler: i.h } }
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt Jobs.Arn
      FunctionName: !Ref Fn
      BatchSize: !Ref Size
      Enabled: false
`);
    expect(design.edges).toEqual([{ from: 'jobs', to: 'fn', config: { Enabled: false } }]);
    expect(warnings.filter((warning) => warning.message.startsWith('jobs → fn')).map((warning) => [warning.message, warning.line])).toEqual([
      ['jobs → fn: BatchSize has a value the sandbox cannot evaluate; it is left out', 9],
      ['jobs → fn: Enabled is not a setting Cloudwright models for this connection; it is kept as is', 9],
    ]);
  });

  it('a mapping from a queue outside the template is left out with a warning', () => {
    const { design, warnings } = load(`Resources:
  Fn: { Type: AWS::Lambda::Function, Properties: { Role: arn:aws:iam::123456789012:role/x, Code: { ZipFile: x }, Runtime: nodejs20.x, Handler: i.h } }
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { EventSourceArn: arn:aws:sqs:eu-west-1:123456789012:elsewhere, FunctionName: !Ref Fn }
`);
    expect(design.edges).toEqual([]);
    expect(warnings.some((warning) => warning.path === 'Resources.Mapping.Properties.EventSourceArn' && warning.line === 5)).toBe(true);
  });
});

describe('the CloudFormation specification stays out of the browser bundle', () => {
  it('no file under src/ imports @aws-cdk', () => {
    const src = join(import.meta.dirname, '..', '..', 'src');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
      });
    expect(files(src).filter((path) => readFileSync(path, 'utf8').includes('@aws-cdk'))).toEqual([]);
  });
});
