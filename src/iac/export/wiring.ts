import type { DesignEdge } from '../../design/schema.ts';
import { CALL_GRANTS, POLL_ACTIONS, SEND_ACTIONS } from './access.ts';
import { entryOf, mapEntryOf } from '../template.ts';
import { API_TARGET_KINDS } from './api-gateway.ts';
import type { ExportContext } from './context.ts';

export interface WireResult {
  /** Edge config keys the template now carries (the rest go to Metadata). */
  consumed: string[];
  /** Edge config keys the export supplied with AWS's defaults (an import leaves them out again). */
  filled: string[];
  /** False when the template holds nothing an import could find the edge by (it is kept in Metadata). */
  wired?: boolean;
}

export interface Wiring {
  matches(fromKind: string, toKind: string, role: string | undefined): boolean;
  wire(edge: DesignEdge, ctx: ExportContext, config: Record<string, unknown>): WireResult;
}

const LAMBDA = 'AWS::Lambda::Function';
const QUEUE = 'AWS::SQS::Queue';
const TOPIC = 'AWS::SNS::Topic';
const BUCKET = 'AWS::S3::Bucket';
const STREAM_SOURCES = new Set(['AWS::Kinesis::Stream', 'AWS::DynamoDB::Table']);

/** Keys of an edge config that are CloudFormation properties (PascalCase). */
function pascalKeys(edge: DesignEdge): string[] {
  return Object.keys(edge.config ?? {}).filter((key) => /^[A-Z]/.test(key));
}

/** Queue, stream or table → function: an AWS::Lambda::EventSourceMapping with the edge's properties. */
const eventSourceMapping: Wiring = {
  matches: (from, to, role) => to === LAMBDA && role === undefined && (from === QUEUE || STREAM_SOURCES.has(from)),
  wire(edge, ctx, config) {
    const fromKind = ctx.kind(edge.from);
    const properties: Record<string, unknown> = {};
    const filled: string[] = [];
    for (const key of pascalKeys(edge)) properties[key] = edge.config?.[key];
    if (STREAM_SOURCES.has(fromKind) && properties.StartingPosition === undefined) {
      // Streams need a starting position; the design left AWS's choice (LATEST) implicit.
      properties.StartingPosition = config.StartingPosition ?? 'LATEST';
      filled.push('StartingPosition');
    }
    let source = ctx.arn(edge.from);
    if (fromKind === 'AWS::DynamoDB::Table') {
      source = { 'Fn::GetAtt': [ctx.logicalId(edge.from), 'StreamArn'] };
      if (ctx.properties(edge.from).StreamSpecification === undefined) {
        ctx.fill(edge.from, 'StreamSpecification', { StreamViewType: 'NEW_AND_OLD_IMAGES' });
      }
    }
    const mapping = ctx.addResource(`${ctx.logicalId(edge.from)}To${ctx.logicalId(edge.to)}Mapping`, {
      Type: 'AWS::Lambda::EventSourceMapping',
      Properties: { EventSourceArn: source, FunctionName: { Ref: ctx.logicalId(edge.to) }, ...properties },
    });
    ctx.allow(edge.to, POLL_ACTIONS[fromKind] ?? [], [source]);
    ctx.mappings.push({ logicalId: mapping, functionId: edge.to });
    return { consumed: pascalKeys(edge), filled };
  },
};

/** Topic → queue or function: an AWS::SNS::Subscription, plus the permission that lets the topic deliver. */
const snsSubscription: Wiring = {
  matches: (from, to, role) => from === TOPIC && role === undefined && (to === QUEUE || to === LAMBDA),
  wire(edge, ctx) {
    const toKind = ctx.kind(edge.to);
    const properties: Record<string, unknown> = {
      TopicArn: { Ref: ctx.logicalId(edge.from) },
      Protocol: toKind === QUEUE ? 'sqs' : 'lambda',
      Endpoint: ctx.arn(edge.to),
    };
    for (const key of pascalKeys(edge)) properties[key] = edge.config?.[key];
    ctx.addResource(`${ctx.logicalId(edge.from)}To${ctx.logicalId(edge.to)}Subscription`, { Type: 'AWS::SNS::Subscription', Properties: properties });
    if (toKind === QUEUE) allowToSendToQueue(ctx, edge.to, 'sns.amazonaws.com', { Ref: ctx.logicalId(edge.from) });
    else allowToInvoke(ctx, edge.to, 'sns.amazonaws.com', { Ref: ctx.logicalId(edge.from) }, ctx.logicalId(edge.from));
    return { consumed: pascalKeys(edge), filled: [] };
  },
};

/** Queue → queue (dead-letter): the source queue's RedrivePolicy. */
const redrivePolicy: Wiring = {
  matches: (from, to, role) => from === QUEUE && to === QUEUE && role === 'dead-letter',
  wire(edge, ctx, config) {
    // A queue has one dead-letter queue; a second stays in Metadata for the rules to point out.
    if (ctx.properties(edge.from).RedrivePolicy !== undefined) return { consumed: [], filled: [], wired: false };
    // Queues that dead-letter into each other cannot be created (each needs the other's ARN first):
    // the edge closing the circle stays in Metadata.
    for (let next: string | undefined = edge.to; next !== undefined; next = ctx.redrive.get(next)) {
      if (next === edge.from) return { consumed: [], filled: [], wired: false };
    }
    ctx.redrive.set(edge.from, edge.to);
    const given = edge.config?.maxReceiveCount;
    ctx.properties(edge.from).RedrivePolicy = { deadLetterTargetArn: ctx.arn(edge.to), maxReceiveCount: given ?? config.maxReceiveCount ?? 5 };
    return { consumed: ['maxReceiveCount'], filled: given === undefined ? ['maxReceiveCount'] : [] };
  },
};

/** Bucket → function, queue or topic: NotificationConfiguration on the bucket, and the target's permission. */
const bucketNotification: Wiring = {
  matches: (from, to, role) => from === BUCKET && role === undefined && (to === LAMBDA || to === QUEUE || to === TOPIC),
  wire(edge, ctx, config) {
    const toKind = ctx.kind(edge.to);
    const events = (edge.config?.events ?? config.events ?? ['s3:ObjectCreated:*']) as string[];
    const bucket = ctx.properties(edge.from);
    const notification = entryOf(bucket, 'NotificationConfiguration', (): Record<string, unknown> => ({}));
    const [listName, targetKey] =
      toKind === LAMBDA ? ['LambdaConfigurations', 'Function'] : toKind === QUEUE ? ['QueueConfigurations', 'Queue'] : ['TopicConfigurations', 'Topic'];
    const list = entryOf(notification, listName, (): unknown[] => []);
    for (const event of events) list.push({ Event: event, [targetKey]: ctx.arn(edge.to) });
    // The bucket checks it may deliver when it is created, so the permission comes first; naming the
    // bucket's ARN from its name (not !GetAtt) keeps the two from depending on each other.
    const sourceArn = { 'Fn::Sub': [`arn:\${AWS::Partition}:s3:::\${BucketName}`, { BucketName: ensureBucketName(ctx, edge.from) }] };
    const permission =
      toKind === LAMBDA
        ? allowToInvoke(ctx, edge.to, 's3.amazonaws.com', sourceArn, ctx.logicalId(edge.from))
        : toKind === QUEUE
          ? allowToSendToQueue(ctx, edge.to, 's3.amazonaws.com', sourceArn)
          : allowToPublishToTopic(ctx, edge.to, 's3.amazonaws.com', sourceArn);
    ctx.dependOn(ctx.logicalId(edge.from), permission);
    return { consumed: ['events'], filled: edge.config?.events === undefined ? ['events'] : [] };
  },
};

/** A bucket that notifies needs a name known before it exists; the design's, or one derived from the stack. */
function ensureBucketName(ctx: ExportContext, bucketId: string): unknown {
  const properties = ctx.properties(bucketId);
  if (properties.BucketName === undefined) {
    // Bucket names are lowercase, at most 63 characters, and unique across AWS: account and region make it so.
    ctx.fill(bucketId, 'BucketName', { 'Fn::Sub': `\${AWS::AccountId}-\${AWS::Region}-${bucketId.slice(0, 30).replace(/-+$/, '')}` });
  }
  return properties.BucketName;
}

/** Function → queue or topic (dead-letter): the function's DeadLetterConfig. */
const functionDeadLetter: Wiring = {
  matches: (from, to, role) => from === LAMBDA && role === 'dead-letter' && (to === QUEUE || to === TOPIC),
  wire(edge, ctx) {
    if (ctx.properties(edge.from).DeadLetterConfig !== undefined) return { consumed: [], filled: [], wired: false };
    ctx.properties(edge.from).DeadLetterConfig = { TargetArn: ctx.arn(edge.to) };
    // Lambda refuses a dead-letter target its role cannot send to, when it creates the function.
    ctx.allow(edge.from, [SEND_ACTIONS[ctx.kind(edge.to)]!], [ctx.arn(edge.to)], { atCreation: true });
    return { consumed: [], filled: [] };
  },
};

/** Function → queue, topic or function (on-success / on-failure): an AWS::Lambda::EventInvokeConfig destination. */
const functionDestination: Wiring = {
  matches: (from, to, role) => from === LAMBDA && (role === 'on-success' || role === 'on-failure') && SEND_ACTIONS[to] !== undefined,
  wire(edge, ctx) {
    const destinations = invokeConfigOf(ctx, edge.from);
    const key = edge.role === 'on-success' ? 'OnSuccess' : 'OnFailure';
    const config = entryOf(destinations, 'DestinationConfig', (): Record<string, unknown> => ({}));
    // A function has one destination per outcome; a second stays in Metadata for the rules to point out.
    if (config[key] !== undefined) return { consumed: [], filled: [], wired: false };
    config[key] = { Destination: ctx.arn(edge.to) };
    ctx.allow(edge.from, [SEND_ACTIONS[ctx.kind(edge.to)]!], [ctx.arn(edge.to)]);
    return { consumed: [], filled: [] };
  },
};

/** The function's AWS::Lambda::EventInvokeConfig properties, created on first use. */
export function invokeConfigOf(ctx: ExportContext, functionId: string): Record<string, unknown> {
  const name = `${ctx.logicalId(functionId)}InvokeConfig`;
  const existing = Object.entries(ctx.resources).find(
    ([, resource]) =>
      resource.Type === 'AWS::Lambda::EventInvokeConfig' && JSON.stringify(resource.Properties?.FunctionName) === JSON.stringify({ Ref: ctx.logicalId(functionId) }),
  );
  if (existing) return existing[1].Properties!;
  const logicalId = ctx.addResource(name, {
    Type: 'AWS::Lambda::EventInvokeConfig',
    Properties: { FunctionName: { Ref: ctx.logicalId(functionId) }, Qualifier: '$LATEST' },
  });
  return ctx.resources[logicalId]!.Properties!;
}

/** Alarm → topic: the alarm's AlarmActions. */
const alarmAction: Wiring = {
  matches: (from, to) => from === 'AWS::CloudWatch::Alarm' && to === TOPIC,
  wire(edge, ctx) {
    const properties = ctx.properties(edge.from);
    const actions = entryOf(properties, 'AlarmActions', (): unknown[] => []);
    actions.push({ Ref: ctx.logicalId(edge.to) });
    return { consumed: [], filled: [] };
  },
};

/** Function → anything it calls: least-privilege statements on its generated execution role. */
const functionCalls: Wiring = {
  matches: (from, to, role) => (from === LAMBDA || from === 'AWS::StepFunctions::StateMachine') && role === undefined && CALL_GRANTS[to] !== undefined,
  wire(edge, ctx, config) {
    const grant = CALL_GRANTS[ctx.kind(edge.to)]!(ctx, edge.to, config);
    ctx.allow(edge.from, grant.actions, grant.resources);
    // A role the design gives is exported as designed; an import finds the call only in a generated role,
    // and only when no other edge (a destination, a dead-letter target) already explains the permission.
    const ownRole = ctx.design.edges.some((other) => other.from === edge.from && other.role === 'execution-role');
    const explained = ctx.design.edges.some((other) => other !== edge && other.from === edge.from && other.to === edge.to);
    return { consumed: [], filled: [], wired: !ownRole && !explained };
  },
};

/** API → function or service: recorded here, built into resources, methods, a deployment and a stage at the end. */
const apiIntegration: Wiring = {
  matches: (from, to, role) => from === 'AWS::ApiGateway::RestApi' && API_TARGET_KINDS.has(to) && role === undefined,
  wire(edge, ctx) {
    mapEntryOf(ctx.apiTargets, edge.from, (): string[] => []).push(edge.to);
    return { consumed: [], filled: [] };
  },
};

/** API → function or user pool (authorizer): an AWS::ApiGateway::Authorizer, built with the API. */
const apiAuthorizer: Wiring = {
  matches: (from, to, role) => from === 'AWS::ApiGateway::RestApi' && role === 'authorizer' && (to === LAMBDA || to === 'AWS::Cognito::UserPool'),
  wire(edge, ctx) {
    // An API has one authorizer here; another stays in Metadata.
    if (ctx.apiAuthorizers.has(edge.from)) return { consumed: [], filled: [], wired: false };
    ctx.apiAuthorizers.set(edge.from, edge.to);
    return { consumed: [], filled: [] };
  },
};

const ORIGIN_KEYS = ['OriginAccessControlId', 'OriginProtocolPolicy', 'OriginPath'];

/** Distribution → bucket, load balancer or API (origin): an entry of DistributionConfig.Origins. */
const cloudFrontOrigin: Wiring = {
  matches: (from, _to, role) => from === 'AWS::CloudFront::Distribution' && role === 'origin',
  wire(edge, ctx, config) {
    const toKind = ctx.kind(edge.to);
    const target = ctx.logicalId(edge.to);
    const given = edge.config ?? {};
    const website = config.originType === 'website' || (config.originType === undefined && ctx.properties(edge.to).WebsiteConfiguration !== undefined);
    const custom = (domainName: unknown, policy: string) => ({
      DomainName: domainName,
      CustomOriginConfig: { OriginProtocolPolicy: given.OriginProtocolPolicy ?? policy },
    });
    let origin: Record<string, unknown>;
    if (toKind === BUCKET && !website) {
      // A REST origin has no protocol policy (CloudFront always uses HTTPS to it); the setting stays in Metadata.
      origin = { DomainName: { 'Fn::GetAtt': [target, 'RegionalDomainName'] }, S3OriginConfig: { OriginAccessIdentity: '' } };
    } else if (toKind === BUCKET) {
      // The website endpoint is a plain HTTP origin: its host is the WebsiteURL without the scheme.
      origin = custom({ 'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': [target, 'WebsiteURL'] }] }] }, 'http-only');
    } else if (toKind === 'AWS::ApiGateway::RestApi') {
      origin = custom({ 'Fn::Sub': `\${${target}}.execute-api.\${AWS::Region}.amazonaws.com` }, 'https-only');
    } else {
      origin = custom({ 'Fn::GetAtt': [target, 'DNSName'] }, 'https-only');
    }
    if (given.OriginAccessControlId !== undefined) origin.OriginAccessControlId = given.OriginAccessControlId;
    if (given.OriginPath !== undefined) origin.OriginPath = given.OriginPath;
    mapEntryOf(ctx.origins, edge.from, (): Array<Record<string, unknown>> => []).push({ Id: target, ...origin });
    const emitted = { ...origin, ...((origin.CustomOriginConfig as Record<string, unknown> | undefined) ?? {}) };
    return {
      consumed: ORIGIN_KEYS.filter((key) => given[key] !== undefined && emitted[key] === given[key]),
      // A custom origin needs a protocol policy; when the design left it out the export chose one.
      filled: origin.CustomOriginConfig !== undefined && given.OriginProtocolPolicy === undefined ? ['OriginProtocolPolicy'] : [],
    };
  },
};

/** Function → role (execution-role): the function's Role property, set when roles are built. */
const executionRole: Wiring = {
  matches: (from, to, role) => from === LAMBDA && to === 'AWS::IAM::Role' && role === 'execution-role',
  // A function has one role, its first; another stays in Metadata for the rules to point out.
  wire: (edge, ctx) => {
    const first = ctx.design.edges.find((other) => other.from === edge.from && other.role === 'execution-role');
    return { consumed: [], filled: [], wired: first === edge };
  },
};

export const WIRINGS: readonly Wiring[] = [
  executionRole,
  cloudFrontOrigin,
  eventSourceMapping,
  snsSubscription,
  redrivePolicy,
  bucketNotification,
  functionDeadLetter,
  functionDestination,
  alarmAction,
  apiIntegration,
  apiAuthorizer,
  functionCalls,
];

/** An AWS::Lambda::Permission letting a service invoke the function, from one source. */
function allowToInvoke(ctx: ExportContext, functionId: string, principal: string, sourceArn: unknown, sourceName: string): string {
  // A bucket ARN names no account, so S3's permission also pins the account that owns the bucket.
  const account = principal === 's3.amazonaws.com' ? { SourceAccount: { Ref: 'AWS::AccountId' } } : {};
  return ctx.addResource(`${ctx.logicalId(functionId)}InvokeFrom${sourceName}Permission`, {
    Type: 'AWS::Lambda::Permission',
    Properties: { Action: 'lambda:InvokeFunction', FunctionName: { Ref: ctx.logicalId(functionId) }, Principal: principal, SourceArn: sourceArn, ...account },
  });
}

/** One AWS::SQS::QueuePolicy per queue, gathering a statement per sender. */
function allowToSendToQueue(ctx: ExportContext, queueId: string, principal: string, sourceArn: unknown): string {
  return resourcePolicyStatement(ctx, queueId, 'AWS::SQS::QueuePolicy', 'Queues', { Ref: ctx.logicalId(queueId) }, principal, 'sqs:SendMessage', sourceArn);
}

function allowToPublishToTopic(ctx: ExportContext, topicId: string, principal: string, sourceArn: unknown): string {
  return resourcePolicyStatement(ctx, topicId, 'AWS::SNS::TopicPolicy', 'Topics', { Ref: ctx.logicalId(topicId) }, principal, 'sns:Publish', sourceArn);
}

function resourcePolicyStatement(
  ctx: ExportContext,
  targetId: string,
  type: string,
  listKey: string,
  target: unknown,
  principal: string,
  action: string,
  sourceArn: unknown,
): string {
  const statement = {
    Effect: 'Allow',
    Principal: { Service: principal },
    Action: action,
    Resource: ctx.arn(targetId),
    Condition: { ArnEquals: { 'aws:SourceArn': sourceArn } },
  };
  const existing = Object.entries(ctx.resources).find(
    ([, resource]) => resource.Type === type && JSON.stringify((resource.Properties?.[listKey] as unknown[])?.[0]) === JSON.stringify(target),
  );
  if (existing) {
    ((existing[1].Properties!.PolicyDocument as { Statement: unknown[] }).Statement).push(statement);
    return existing[0];
  }
  return ctx.addResource(`${ctx.logicalId(targetId)}Policy`, {
    Type: type,
    Properties: { [listKey]: [target], PolicyDocument: { Version: '2012-10-17', Statement: [statement] } },
  });
}
