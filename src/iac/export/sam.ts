import { referencesIn } from '../references-in.ts';
import { type CfnResource, type CfnTemplate, isRecord, mapEntryOf, referencedId, SAM_TRANSFORM } from '../template.ts';

const EVENT_TYPE: Readonly<Record<string, { type: string; key: string }>> = {
  'AWS::SQS::Queue': { type: 'SQS', key: 'Queue' },
  'AWS::Kinesis::Stream': { type: 'Kinesis', key: 'Stream' },
  'AWS::DynamoDB::Table': { type: 'DynamoDB', key: 'Stream' },
};

/**
 * The same template in AWS SAM: each function becomes AWS::Serverless::Function with its sources as
 * Events (SAM then writes the mappings, subscriptions, notifications and permissions), and an API with
 * functions behind it becomes AWS::Serverless::Api. Everything else stays plain CloudFormation.
 */
export function toSam(template: CfnTemplate): CfnTemplate {
  const resources: Record<string, CfnResource> = structuredClone(template.Resources);
  const typeOf = (value: unknown) => resources[referencedId(value) ?? '']?.Type;
  const drop = new Set<string>();
  const events = new Map<string, Record<string, unknown>>();
  const eventsOf = (fn: string) => mapEntryOf(events, fn, (): Record<string, unknown> => ({}));
  const functionOf = (value: unknown) => {
    const id = referencedId(value);
    return id !== undefined && resources[id]?.Type === 'AWS::Lambda::Function' ? id : undefined;
  };
  const methodFunction = (method: CfnResource) =>
    referencesIn(method.Properties?.Integration, [])
      .map((reference) => functionOf({ Ref: reference.target }))
      .find((id) => id !== undefined);
  // An API becomes AWS::Serverless::Api only when every method proxies to a function (SAM's Api events);
  // one that also calls services directly stays plain CloudFormation, methods, deployment and all.
  const methods = Object.values(resources).filter((resource) => resource.Type === 'AWS::ApiGateway::Method');
  const samApis = new Set(
    methods
      .map((method) => referencedId(method.Properties?.RestApiId))
      .filter((api): api is string => api !== undefined)
      .filter((api) => methods.every((method) => referencedId(method.Properties?.RestApiId) !== api || methodFunction(method) !== undefined))
      // SAM describes authorizers its own way (Auth); an API with one stays plain CloudFormation.
      .filter((api) => !Object.values(resources).some((resource) => resource.Type === 'AWS::ApiGateway::Authorizer' && referencedId(resource.Properties?.RestApiId) === api)),
  );
  /** "function|source" for each source SAM now wires (and writes the permission for). */
  const converted = new Set<string>();

  for (const [logicalId, resource] of Object.entries(resources)) {
    const properties = resource.Properties ?? {};
    if (resource.Type === 'AWS::Lambda::EventSourceMapping') {
      const fn = functionOf(properties.FunctionName);
      const source = EVENT_TYPE[typeOf(properties.EventSourceArn) ?? ''];
      if (!fn || !source) continue;
      const { EventSourceArn, FunctionName: _fn, ...rest } = properties;
      eventsOf(fn)[logicalId] = { Type: source.type, Properties: { [source.key]: EventSourceArn, ...rest } };
      drop.add(logicalId);
    } else if (resource.Type === 'AWS::SNS::Subscription' && properties.Protocol === 'lambda') {
      const fn = functionOf(properties.Endpoint);
      if (!fn) continue;
      const { TopicArn, Protocol: _p, Endpoint: _e, ...rest } = properties;
      eventsOf(fn)[logicalId] = { Type: 'SNS', Properties: { Topic: TopicArn, ...rest } };
      converted.add(`${fn}|${referencedId(TopicArn)}`);
      drop.add(logicalId);
    } else if (resource.Type === 'AWS::S3::Bucket' && isRecord(properties.NotificationConfiguration)) {
      const notification = properties.NotificationConfiguration as Record<string, unknown>;
      const lambdas = Array.isArray(notification.LambdaConfigurations) ? (notification.LambdaConfigurations as Array<Record<string, unknown>>) : [];
      const byFunction = new Map<string, unknown[]>();
      for (const entry of lambdas) {
        const fn = functionOf(entry.Function);
        if (fn) byFunction.set(fn, [...(byFunction.get(fn) ?? []), entry.Event]);
      }
      for (const [fn, types] of byFunction) {
        eventsOf(fn)[`${logicalId}Events`] = { Type: 'S3', Properties: { Bucket: { Ref: logicalId }, Events: types } };
        converted.add(`${fn}|s3`);
      }
      delete notification.LambdaConfigurations;
      if (Object.keys(notification).length === 0) delete properties.NotificationConfiguration;
    } else if (resource.Type === 'AWS::ApiGateway::Method') {
      const fn = methodFunction(resource);
      const pathResource = resources[referencedId(properties.ResourceId) ?? ''];
      const api = referencedId(properties.RestApiId);
      if (!fn || !api || !pathResource || !samApis.has(api)) continue;
      converted.add(`${fn}|${api}`);
      eventsOf(fn)[`${api}${logicalId}`] = {
        Type: 'Api',
        Properties: { RestApiId: { Ref: api }, Path: `/${String(pathResource.Properties?.PathPart)}`, Method: String(properties.HttpMethod).toLowerCase() },
      };
      drop.add(logicalId);
      drop.add(referencedId(properties.ResourceId)!);
    }
  }
  // SAM writes the permissions for the events it wires, and the API's deployment and stage.
  for (const [logicalId, resource] of Object.entries(resources)) {
    const properties = resource.Properties ?? {};
    if (resource.Type === 'AWS::Lambda::Permission') {
      const fn = functionOf(properties.FunctionName);
      const source = properties.Principal === 's3.amazonaws.com' ? 's3' : referencesIn(properties.SourceArn, [])[0]?.target;
      if (converted.has(`${fn}|${source}`)) drop.add(logicalId);
    }
    const apiId = referencedId(properties.RestApiId) ?? '';
    if (!samApis.has(apiId)) continue;
    if (resource.Type === 'AWS::ApiGateway::Deployment') drop.add(logicalId);
    if (resource.Type === 'AWS::ApiGateway::Stage') {
      const api = resources[apiId];
      if (api) {
        const { RestApiId: _r, DeploymentId: _d, ...stage } = properties;
        api.Type = 'AWS::Serverless::Api';
        api.Properties = samApiProperties(api.Properties ?? {}, stage);
      }
      drop.add(logicalId);
    }
  }
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (resource.Type !== 'AWS::Lambda::EventInvokeConfig') continue;
    const fn = functionOf(resource.Properties?.FunctionName);
    if (!fn) continue;
    const { FunctionName: _f, Qualifier: _q, DestinationConfig, ...settings } = resource.Properties ?? {};
    // With destinations the resource stays: it waits for the role's policy (Lambda checks the role may
    // reach them), and functions that are each other's destinations would otherwise depend on each other.
    if (DestinationConfig !== undefined) continue;
    resources[fn]!.Properties!.EventInvokeConfig = settings;
    drop.add(logicalId);
  }
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (resource.Type === 'AWS::Lambda::Function') {
      resource.Type = 'AWS::Serverless::Function';
      resource.Properties = samFunctionProperties(resource.Properties ?? {}, events.get(logicalId), typeOf);
    }
  }
  for (const logicalId of drop) delete resources[logicalId];
  for (const resource of Object.values(resources)) {
    if (resource.DependsOn === undefined) continue;
    const kept = (Array.isArray(resource.DependsOn) ? resource.DependsOn : [resource.DependsOn]).filter((id) => !drop.has(id));
    if (kept.length > 0) resource.DependsOn = kept;
    else delete resource.DependsOn;
  }
  return { ...template, Transform: SAM_TRANSFORM, Resources: resources };
}

function samFunctionProperties(
  properties: Record<string, unknown>,
  events: Record<string, unknown> | undefined,
  typeOf: (value: unknown) => string | undefined,
): Record<string, unknown> {
  const { Code, TracingConfig, DeadLetterConfig, ...rest } = properties;
  const out: Record<string, unknown> = { ...rest };
  if (isRecord(Code)) {
    if (Code.ZipFile !== undefined) out.InlineCode = Code.ZipFile;
    else if (Code.ImageUri !== undefined) out.ImageUri = Code.ImageUri;
    else out.CodeUri = { Bucket: Code.S3Bucket, Key: Code.S3Key };
  }
  if (isRecord(TracingConfig) && TracingConfig.Mode !== undefined) out.Tracing = TracingConfig.Mode;
  if (isRecord(DeadLetterConfig)) out.DeadLetterQueue = { Type: typeOf(DeadLetterConfig.TargetArn) === 'AWS::SNS::Topic' ? 'SNS' : 'SQS', TargetArn: DeadLetterConfig.TargetArn };
  if (events && Object.keys(events).length > 0) out.Events = events;
  return out;
}

function samApiProperties(properties: Record<string, unknown>, stage: Record<string, unknown>): Record<string, unknown> {
  const { EndpointConfiguration, ...rest } = properties;
  const types = isRecord(EndpointConfiguration) && Array.isArray(EndpointConfiguration.Types) ? EndpointConfiguration.Types : [];
  return { ...rest, ...stage, ...(types[0] !== undefined ? { EndpointConfiguration: { Type: types[0] } } : {}) };
}
