import type { ExportContext } from './context.ts';
import { generatedRole } from './roles.ts';
import { INVOKE_CONFIG_PROPERTIES } from '../aws-kinds.ts';
import { invokeConfigOf } from './wiring.ts';

/** A handler that logs the event it gets, so a freshly deployed design runs end to end. */
const LOGGING_HANDLER = 'exports.handler = async (event) => {\n  console.log(JSON.stringify(event));\n  return {};\n};\n';

/** A function needs code: the design's, else an inline handler that logs each event. */
export function functionCode(ctx: ExportContext, id: string): void {
  const properties = ctx.properties(id);
  if (properties.Code !== undefined) return;
  ctx.fill(id, 'Code', { ZipFile: LOGGING_HANDLER });
  if (properties.Runtime === undefined) ctx.fill(id, 'Runtime', 'nodejs20.x');
  if (properties.Handler === undefined) ctx.fill(id, 'Handler', 'index.handler');
}

/** Retry settings of asynchronous invocations live on AWS::Lambda::EventInvokeConfig, not the function. */
export function functionInvokeSettings(ctx: ExportContext, id: string): void {
  const config = ctx.node(id).config ?? {};
  for (const key of INVOKE_CONFIG_PROPERTIES) {
    if (config[key] === undefined) continue;
    invokeConfigOf(ctx, id)[key] = config[key];
    ctx.consume(id, key);
  }
}

/** A table needs a key: the design's, else a string partition key named id; provisioned mode needs capacity. */
export function tableKeys(ctx: ExportContext, id: string): void {
  const properties = ctx.properties(id);
  if (properties.KeySchema === undefined) {
    ctx.fill(id, 'KeySchema', [{ AttributeName: 'id', KeyType: 'HASH' }]);
    if (properties.AttributeDefinitions === undefined) ctx.fill(id, 'AttributeDefinitions', [{ AttributeName: 'id', AttributeType: 'S' }]);
  }
  if ((properties.BillingMode ?? 'PROVISIONED') === 'PROVISIONED' && properties.ProvisionedThroughput === undefined) {
    // The console's starting capacity; the design left the mode at its default, provisioned.
    ctx.fill(id, 'ProvisionedThroughput', { ReadCapacityUnits: 5, WriteCapacityUnits: 5 });
  }
}

/** Step Functions task resources (service integrations) for what a state machine calls. */
const TASKS: Readonly<Record<string, (target: string, ctx: ExportContext, targetId: string) => Record<string, unknown>>> = {
  'AWS::Lambda::Function': (target) => ({ Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: `\${${target}}`, 'Payload.$': '$' } }),
  'AWS::SQS::Queue': (target) => ({ Resource: 'arn:aws:states:::sqs:sendMessage', Parameters: { QueueUrl: `\${${target}}`, 'MessageBody.$': '$' } }),
  'AWS::SNS::Topic': (target) => ({ Resource: 'arn:aws:states:::sns:publish', Parameters: { TopicArn: `\${${target}}`, 'Message.$': '$' } }),
  'AWS::StepFunctions::StateMachine': (target) => ({
    Resource: 'arn:aws:states:::states:startExecution',
    Parameters: { StateMachineArn: `\${${target}}`, 'Input.$': '$' },
  }),
  'AWS::DynamoDB::Table': (target, ctx, targetId) => {
    const keys = (ctx.properties(targetId).KeySchema ?? [{ AttributeName: 'id' }]) as Array<{ AttributeName: string }>;
    return {
      Resource: 'arn:aws:states:::dynamodb:putItem',
      Parameters: { TableName: `\${${target}}`, Item: { [keys[0]!.AttributeName]: { 'S.$': '$$.Execution.Name' } } },
    };
  },
};

/** A state machine's ARN from its name (the design's, or one made from the stack's name). */
function stateMachineArn(ctx: ExportContext, id: string): unknown {
  const properties = ctx.properties(id);
  if (properties.StateMachineName === undefined) ctx.fill(id, 'StateMachineName', { 'Fn::Sub': `\${AWS::StackName}-${id}` });
  return {
    'Fn::Sub': [`arn:\${AWS::Partition}:states:\${AWS::Region}:\${AWS::AccountId}:stateMachine:\${Name}`, { Name: properties.StateMachineName }],
  };
}

/** A state machine's definition (one task per thing it calls, in order) and its execution role. */
export function stateMachine(ctx: ExportContext, id: string): void {
  const properties = ctx.properties(id);
  if (properties.Definition === undefined && properties.DefinitionString === undefined && properties.DefinitionS3Location === undefined) {
    const calls = ctx.design.edges.filter((edge) => edge.from === id && edge.role === undefined && TASKS[ctx.kind(edge.to)] !== undefined);
    const substitutions: Record<string, unknown> = {};
    const states: Record<string, unknown> = {};
    calls.forEach((edge, index) => {
      const target = ctx.logicalId(edge.to);
      // Ref of a queue is its URL, of a table its name; the others are ARNs. Another state machine is
      // named by an ARN built from its name, so two that start each other do not depend on each other.
      const kind = ctx.kind(edge.to);
      substitutions[target] =
        kind === 'AWS::StepFunctions::StateMachine'
          ? stateMachineArn(ctx, edge.to)
          : ['AWS::SQS::Queue', 'AWS::DynamoDB::Table'].includes(kind)
            ? { Ref: target }
            : ctx.arn(edge.to);
      const next = calls[index + 1];
      states[target] = { Type: 'Task', ...TASKS[ctx.kind(edge.to)]!(target, ctx, edge.to), ...(next ? { Next: ctx.logicalId(next.to) } : { End: true }) };
    });
    if (calls.length === 0) states.Start = { Type: 'Pass', End: true };
    ctx.fill(id, 'Definition', { StartAt: calls[0] ? ctx.logicalId(calls[0].to) : 'Start', States: states });
    if (calls.length > 0) ctx.fill(id, 'DefinitionSubstitutions', substitutions);
  }
  if (properties.RoleArn === undefined) ctx.fill(id, 'RoleArn', { 'Fn::GetAtt': [generatedRole(ctx, id), 'Arn'] });
}



/** Roles services need to act for a node, by the property that names them. */
const SERVICE_ROLE_PROPERTIES: Readonly<Record<string, string>> = {
  'AWS::DAX::Cluster': 'IAMRoleARN',
  'AWS::CodeBuild::Project': 'ServiceRole',
  'AWS::CodeDeploy::DeploymentGroup': 'ServiceRoleArn',
  'AWS::CodePipeline::Pipeline': 'RoleArn',
  'AWS::KinesisAnalyticsV2::Application': 'ServiceExecutionRole',
};

/** Service roles and the other resources a kind cannot exist without (a deployment group's application). */
export function serviceResources(ctx: ExportContext, id: string): void {
  const kind = ctx.kind(id);
  const properties = ctx.properties(id);
  const roleProperty = SERVICE_ROLE_PROPERTIES[kind];
  if (roleProperty && properties[roleProperty] === undefined) {
    const managed =
      kind === 'AWS::CodeDeploy::DeploymentGroup' ? [{ 'Fn::Sub': `arn:\${AWS::Partition}:iam::aws:policy/service-role/AWSCodeDeployRole` }] : [];
    ctx.fill(id, roleProperty, { 'Fn::GetAtt': [generatedRole(ctx, id, { managedPolicies: managed }), 'Arn'] });
  }
  if (kind === 'AWS::CodeDeploy::DeploymentGroup' && properties.ApplicationName === undefined) {
    const platform = ctx.resolvedConfig(id).computePlatform;
    const application = ctx.addResource(`${ctx.logicalId(id)}Application`, {
      Type: 'AWS::CodeDeploy::Application',
      Properties: typeof platform === 'string' ? { ComputePlatform: platform } : {},
    });
    ctx.fill(id, 'ApplicationName', { Ref: application });
  }
  if (kind === 'AWS::CodeBuild::Project') {
    // A project run by a pipeline takes its source from the pipeline; one alone builds from its buildspec.
    const inPipeline = ctx.design.edges.some((edge) => edge.to === id && ctx.kind(edge.from) === 'AWS::CodePipeline::Pipeline');
    if (properties.Source === undefined) {
      ctx.fill(id, 'Source', inPipeline ? { Type: 'CODEPIPELINE' } : { Type: 'NO_SOURCE', BuildSpec: 'version: 0.2\nphases:\n  build:\n    commands:\n      - echo build\n' });
    }
    if (properties.Artifacts === undefined) ctx.fill(id, 'Artifacts', { Type: inPipeline ? 'CODEPIPELINE' : 'NO_ARTIFACTS' });
    if (properties.Environment === undefined) {
      ctx.fill(id, 'Environment', { Type: 'LINUX_CONTAINER', ComputeType: 'BUILD_GENERAL1_SMALL', Image: 'aws/codebuild/amazonlinux-x86_64-standard:5.0' });
    }
  }
}

/**
 * A pipeline's stages from what it connects to: source from a repository (or an S3 object given as
 * parameters), then a build per project and a deploy per deployment group, or a manual approval
 * when there is nothing after the source (a pipeline needs two stages). Artifacts go to a bucket of its own.
 */
export function pipelineStages(ctx: ExportContext, id: string): void {
  const properties = ctx.properties(id);
  const targets = ctx.design.edges.filter((edge) => edge.from === id).map((edge) => edge.to);
  const ofKind = (kind: string) => targets.filter((target) => ctx.isResource(target) && ctx.kind(target) === kind);
  if (properties.ArtifactStore === undefined && properties.ArtifactStores === undefined) {
    const bucket = ctx.addResource(`${ctx.logicalId(id)}Artifacts`, { Type: 'AWS::S3::Bucket' });
    ctx.fill(id, 'ArtifactStore', { Type: 'S3', Location: { Ref: bucket } });
  }
  if (Array.isArray(properties.Stages) && properties.Stages.length >= 2) return;
  const action = (category: string, provider: string, configuration: Record<string, unknown>, input?: string, output?: string) => ({
    Name: provider,
    ActionTypeId: { Category: category, Owner: 'AWS', Provider: provider, Version: '1' },
    Configuration: configuration,
    ...(input ? { InputArtifacts: [{ Name: input }] } : {}),
    ...(output ? { OutputArtifacts: [{ Name: output }] } : {}),
  });
  const repository = ofKind('AWS::CodeCommit::Repository')[0];
  const source = repository
    ? action('Source', 'CodeCommit', { RepositoryName: { 'Fn::GetAtt': [ctx.logicalId(repository), 'Name'] }, BranchName: 'main' }, undefined, 'Source')
    : action(
        'Source',
        'S3',
        {
          S3Bucket: { Ref: ctx.addParameter(`${ctx.logicalId(id)}SourceBucket`, { Type: 'String', Description: 'The bucket holding the source bundle.' }) },
          S3ObjectKey: { Ref: ctx.addParameter(`${ctx.logicalId(id)}SourceKey`, { Type: 'String', Description: 'The key of the source bundle (.zip).' }) },
        },
        undefined,
        'Source',
      );
  const stages: unknown[] = [{ Name: 'Source', Actions: [source] }];
  for (const project of ofKind('AWS::CodeBuild::Project')) {
    stages.push({ Name: `Build${ctx.logicalId(project)}`, Actions: [action('Build', 'CodeBuild', { ProjectName: { Ref: ctx.logicalId(project) } }, 'Source')] });
  }
  for (const group of ofKind('AWS::CodeDeploy::DeploymentGroup')) {
    const application = ctx.properties(group).ApplicationName;
    stages.push({
      Name: `Deploy${ctx.logicalId(group)}`,
      Actions: [action('Deploy', 'CodeDeploy', { ApplicationName: application, DeploymentGroupName: { Ref: ctx.logicalId(group) } }, 'Source')],
    });
  }
  if (stages.length === 1) stages.push({ Name: 'Approve', Actions: [action('Approval', 'Manual', {})] });
  ctx.fill(id, 'Stages', stages);
}

/**
 * A distribution's DistributionConfig: the design's settings, its origins (one per origin edge, or a
 * domain name asked for as a parameter), and a default cache behaviour that targets the first.
 */
export function distribution(ctx: ExportContext, id: string): void {
  const designed = (ctx.node(id).config?.DistributionConfig ?? ctx.resolvedConfig(id).DistributionConfig ?? {}) as Record<string, unknown>;
  const origins = ctx.origins.get(id) ?? [];
  if (origins.length === 0) {
    const domain = ctx.addParameter(`${ctx.logicalId(id)}OriginDomainName`, {
      Type: 'String',
      Description: 'The domain name CloudFront fetches content from, e.g. www.example.com.',
    });
    origins.push({ Id: 'Origin', DomainName: { Ref: domain }, CustomOriginConfig: { OriginProtocolPolicy: 'https-only' } });
  }
  const behaviour = { ...((designed.DefaultCacheBehavior as Record<string, unknown> | undefined) ?? {}) };
  behaviour.TargetOriginId = origins[0]!.Id;
  behaviour.ViewerProtocolPolicy ??= 'allow-all';
  // Without a cache policy CloudFront needs the legacy settings, which the TTLs belong to.
  if (behaviour.CachePolicyId === undefined) behaviour.ForwardedValues ??= { QueryString: false };
  ctx.fill(id, 'DistributionConfig', { Enabled: true, ...designed, Origins: origins, DefaultCacheBehavior: behaviour });
}
