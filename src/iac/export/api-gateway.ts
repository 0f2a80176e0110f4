import { STAGE_PROPERTIES } from '../aws-kinds.ts';
import type { ExportContext } from './context.ts';
import { generatedRole } from './roles.ts';

type Integration = { method: string; integration: Record<string, unknown>; actions?: string[]; resource?: unknown };

/** API Gateway's form-encoded request to an AWS query API (SQS, SNS). */
const FORM = { 'integration.request.header.Content-Type': "'application/x-www-form-urlencoded'" };

/**
 * How API Gateway calls each kind: a Lambda proxy, or a direct AWS service integration that maps the
 * request body onto the service's action (the API's role is allowed exactly that action).
 */
const INTEGRATIONS: Readonly<Record<string, (ctx: ExportContext, target: string) => Integration>> = {
  'AWS::Lambda::Function': (ctx, target) => ({
    method: 'ANY',
    integration: {
      Type: 'AWS_PROXY',
      IntegrationHttpMethod: 'POST',
      Uri: { 'Fn::Sub': `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${ctx.logicalId(target)}.Arn}/invocations` },
    },
  }),
  'AWS::SQS::Queue': (ctx, target) => ({
    method: 'POST',
    integration: {
      Type: 'AWS',
      IntegrationHttpMethod: 'POST',
      Uri: { 'Fn::Sub': `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:sqs:path/\${AWS::AccountId}/\${${ctx.logicalId(target)}.QueueName}` },
      RequestParameters: FORM,
      RequestTemplates: { 'application/json': 'Action=SendMessage&MessageBody=$util.urlEncode($input.body)' },
    },
    actions: ['sqs:SendMessage'],
  }),
  'AWS::SNS::Topic': (ctx, target) => ({
    method: 'POST',
    integration: {
      Type: 'AWS',
      IntegrationHttpMethod: 'POST',
      Uri: { 'Fn::Sub': `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:sns:action/Publish` },
      RequestParameters: FORM,
      RequestTemplates: {
        'application/json': { 'Fn::Sub': `Action=Publish&TopicArn=$util.urlEncode('\${${ctx.logicalId(target)}}')&Message=$util.urlEncode($input.body)` },
      },
    },
    actions: ['sns:Publish'],
  }),
  'AWS::StepFunctions::StateMachine': (ctx, target) => ({
    method: 'POST',
    integration: {
      Type: 'AWS',
      IntegrationHttpMethod: 'POST',
      Uri: { 'Fn::Sub': `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:states:action/StartExecution` },
      RequestTemplates: {
        'application/json': { 'Fn::Sub': `{"input": "$util.escapeJavaScript($input.json('$'))", "stateMachineArn": "\${${ctx.logicalId(target)}}"}` },
      },
    },
    actions: ['states:StartExecution'],
  }),
  'AWS::Kinesis::Stream': (ctx, target) => ({
    method: 'POST',
    integration: {
      Type: 'AWS',
      IntegrationHttpMethod: 'POST',
      Uri: { 'Fn::Sub': `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:kinesis:action/PutRecord` },
      RequestTemplates: {
        'application/json': {
          'Fn::Sub': `{"StreamName": "\${${ctx.logicalId(target)}}", "Data": "$util.base64Encode($input.body)", "PartitionKey": "$context.requestId"}`,
        },
      },
    },
    actions: ['kinesis:PutRecord'],
  }),
  'AWS::DynamoDB::Table': (ctx, target) => {
    const key = tableKey(ctx, target);
    return {
      method: 'POST',
      integration: {
        Type: 'AWS',
        IntegrationHttpMethod: 'POST',
        Uri: { 'Fn::Sub': `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:dynamodb:action/PutItem` },
        RequestTemplates: {
          'application/json': {
            'Fn::Sub': `{"TableName": "\${${ctx.logicalId(target)}}", "Item": {"${key.name}": {"${key.type}": "${key.type === 'N' ? '$context.requestTimeEpoch' : '$context.requestId'}"}, "body": {"S": "$util.escapeJavaScript($input.body)"}}}`,
          },
        },
      },
      actions: ['dynamodb:PutItem'],
    };
  },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': (ctx, target) => ({
    method: 'ANY',
    integration: { Type: 'HTTP_PROXY', IntegrationHttpMethod: 'ANY', Uri: { 'Fn::Sub': `http://\${${ctx.logicalId(target)}.DNSName}` } },
  }),
};

/** Kinds an API reaches through an integration. */
export const API_TARGET_KINDS: ReadonlySet<string> = new Set(Object.keys(INTEGRATIONS));

/** The table's partition key, for the item an API writes: its name and type (S or N). */
function tableKey(ctx: ExportContext, table: string): { name: string; type: string } {
  const properties = ctx.properties(table);
  const keys = (properties.KeySchema ?? []) as Array<{ AttributeName: string; KeyType: string }>;
  const name = keys.find((key) => key.KeyType === 'HASH')?.AttributeName ?? 'id';
  const definitions = (properties.AttributeDefinitions ?? []) as Array<{ AttributeName: string; AttributeType: string }>;
  const type = definitions.find((definition) => definition.AttributeName === name)?.AttributeType === 'N' ? 'N' : 'S';
  return { name, type };
}

/**
 * An API's integrations: a resource per target (its path is the target's node id), a method that
 * proxies to a function or calls the service, what lets API Gateway do so (a function's permission,
 * or the API's own role), a deployment and a stage with the API's stage settings.
 */
export function restApiIntegrations(ctx: ExportContext, id: string): void {
  const targets = ctx.apiTargets.get(id) ?? [];
  const authorizer = apiAuthorizer(ctx, id);
  if (targets.length === 0) return;
  const api = ctx.logicalId(id);
  const authorizationType = ctx.resolvedConfig(id).authorizationType ?? 'NONE';
  // Methods use the authorizer when the API's authorization type is the authorizer's kind.
  const useAuthorizer = authorizer !== undefined && authorizationType === authorizer.type;
  const built = targets.map((target) => ({ target, ...INTEGRATIONS[ctx.kind(target)]!(ctx, target) }));
  for (const { target, actions } of built) if (actions) ctx.allow(id, actions, [ctx.arn(target)]);
  const role = built.some((entry) => entry.actions) ? generatedRole(ctx, id) : undefined;
  const methods: string[] = [];
  for (const { target, method, integration } of built) {
    const name = ctx.logicalId(target);
    const resource = ctx.addResource(`${api}${name}Resource`, {
      Type: 'AWS::ApiGateway::Resource',
      Properties: { RestApiId: { Ref: api }, ParentId: { 'Fn::GetAtt': [api, 'RootResourceId'] }, PathPart: target },
    });
    const direct = integration.Type === 'AWS';
    methods.push(
      ctx.addResource(`${api}${name}Method`, {
        Type: 'AWS::ApiGateway::Method',
        Properties: {
          RestApiId: { Ref: api },
          ResourceId: { Ref: resource },
          HttpMethod: method,
          AuthorizationType: authorizationType,
          ...(useAuthorizer ? { AuthorizerId: { Ref: authorizer.logicalId } } : {}),
          Integration: {
            ...integration,
            ...(direct && role ? { Credentials: { 'Fn::GetAtt': [role, 'Arn'] }, IntegrationResponses: [{ StatusCode: '200' }] } : {}),
          },
          ...(direct ? { MethodResponses: [{ StatusCode: '200' }] } : {}),
        },
      }),
    );
    if (ctx.kind(target) === 'AWS::Lambda::Function') {
      ctx.addResource(`${name}InvokeFrom${api}Permission`, {
        Type: 'AWS::Lambda::Permission',
        Properties: {
          Action: 'lambda:InvokeFunction',
          FunctionName: { Ref: name },
          Principal: 'apigateway.amazonaws.com',
          SourceArn: { 'Fn::Sub': `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${api}}/*` },
        },
      });
    }
  }
  const deployment = ctx.addResource(`${api}Deployment`, { Type: 'AWS::ApiGateway::Deployment', Properties: { RestApiId: { Ref: api } }, DependsOn: methods });
  const stage: Record<string, unknown> = { RestApiId: { Ref: api }, DeploymentId: { Ref: deployment }, StageName: 'prod' };
  const config = ctx.node(id).config ?? {};
  for (const key of STAGE_PROPERTIES) {
    if (config[key] === undefined) continue;
    stage[key] = config[key];
    ctx.consume(id, key);
  }
  ctx.addResource(`${api}Stage`, { Type: 'AWS::ApiGateway::Stage', Properties: stage });
}

/**
 * The API's authorizer, if the design connects one: a Lambda (TOKEN) authorizer with the permission
 * that lets API Gateway invoke it, or a Cognito user pool authorizer. Both read the Authorization header.
 */
function apiAuthorizer(ctx: ExportContext, id: string): { logicalId: string; type: 'CUSTOM' | 'COGNITO_USER_POOLS' } | undefined {
  const target = ctx.apiAuthorizers.get(id);
  if (!target) return undefined;
  const api = ctx.logicalId(id);
  const name = ctx.logicalId(target);
  const lambda = ctx.kind(target) === 'AWS::Lambda::Function';
  const logicalId = ctx.addResource(`${api}Authorizer`, {
    Type: 'AWS::ApiGateway::Authorizer',
    Properties: {
      RestApiId: { Ref: api },
      Name: name,
      IdentitySource: 'method.request.header.Authorization',
      ...(lambda
        ? {
            Type: 'TOKEN',
            AuthorizerUri: { 'Fn::Sub': `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${name}.Arn}/invocations` },
          }
        : { Type: 'COGNITO_USER_POOLS', ProviderARNs: [ctx.arn(target)] }),
    },
  });
  if (lambda) {
    ctx.addResource(`${name}AuthorizesFor${api}Permission`, {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: { Ref: name },
        Principal: 'apigateway.amazonaws.com',
        SourceArn: { 'Fn::Sub': `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${api}}/authorizers/*` },
      },
    });
  }
  return { logicalId, type: lambda ? 'CUSTOM' : 'COGNITO_USER_POOLS' };
}
