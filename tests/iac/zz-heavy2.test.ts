import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportTemplateObject } from '../../src/iac/export-template.ts';
import { isRecord } from '../../src/iac/template.ts';
import { serverlessDesignArbitrary } from './design-arbitrary.ts';

/**
 * Property names AWS SAM accepts (AWS SAM developer guide, "AWS::Serverless::Function",
 * "AWS::Serverless::Api" and the event source types). The CloudFormation specification does not
 * cover SAM, so the SAM output is checked against these lists.
 */
const FUNCTION = new Set([
  'Architectures', 'AssumeRolePolicyDocument', 'AutoPublishAlias', 'AutoPublishCodeSha256', 'CodeSigningConfigArn', 'CodeUri',
  'DeadLetterQueue', 'DeploymentPreference', 'Description', 'Environment', 'EphemeralStorage', 'EventInvokeConfig', 'Events',
  'FileSystemConfigs', 'FunctionName', 'FunctionUrlConfig', 'Handler', 'ImageConfig', 'ImageUri', 'InlineCode', 'KmsKeyArn',
  'Layers', 'LoggingConfig', 'MemorySize', 'PackageType', 'PermissionsBoundary', 'Policies', 'ProvisionedConcurrencyConfig',
  'RecursiveLoop', 'ReservedConcurrentExecutions', 'Role', 'RolePath', 'Runtime', 'RuntimeManagementConfig', 'SnapStart',
  'SourceKMSKeyArn', 'Tags', 'Timeout', 'Tracing', 'VersionDescription', 'VpcConfig',
]);
const API = new Set([
  'AccessLogSetting', 'AlwaysDeploy', 'ApiKeySourceType', 'Auth', 'BinaryMediaTypes', 'CacheClusterEnabled', 'CacheClusterSize',
  'CanarySetting', 'Cors', 'DefinitionBody', 'DefinitionUri', 'Description', 'DisableExecuteApiEndpoint', 'Domain',
  'EndpointConfiguration', 'FailOnWarnings', 'GatewayResponses', 'MergeDefinitions', 'MethodSettings', 'MinimumCompressionSize',
  'Mode', 'Models', 'Name', 'OpenApiVersion', 'PropagateTags', 'StageName', 'Tags', 'TracingEnabled', 'Variables',
]);
const STREAM_EVENT = [
  'StartingPosition', 'StartingPositionTimestamp', 'BatchSize', 'BisectBatchOnFunctionError', 'DestinationConfig', 'Enabled',
  'FilterCriteria', 'FunctionResponseTypes', 'KmsKeyArn', 'MaximumBatchingWindowInSeconds', 'MaximumRecordAgeInSeconds',
  'MaximumRetryAttempts', 'MetricsConfig', 'ParallelizationFactor', 'TumblingWindowInSeconds', 'Stream',
];
const EVENT: Readonly<Record<string, Set<string>>> = {
  SQS: new Set(['Queue', 'BatchSize', 'Enabled', 'FilterCriteria', 'FunctionResponseTypes', 'KmsKeyArn', 'MaximumBatchingWindowInSeconds', 'MetricsConfig', 'ScalingConfig']),
  Kinesis: new Set(STREAM_EVENT),
  DynamoDB: new Set(STREAM_EVENT),
  SNS: new Set(['Topic', 'FilterPolicy', 'FilterPolicyScope', 'RedrivePolicy', 'Region', 'SqsSubscription']),
  S3: new Set(['Bucket', 'Events', 'Filter']),
  Api: new Set(['Path', 'Method', 'RestApiId', 'Auth', 'RequestModel', 'RequestParameters', 'TimeoutInMillis']),
};

function samErrors(template: ReturnType<typeof exportTemplateObject>): string[] {
  const errors: string[] = [];
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const properties = Object.keys(resource.Properties ?? {});
    if (resource.Type === 'AWS::Serverless::Function') {
      for (const name of properties) if (!FUNCTION.has(name)) errors.push(`${logicalId}.${name}`);
      for (const [eventName, event] of Object.entries((resource.Properties?.Events ?? {}) as Record<string, { Type: string; Properties: object }>)) {
        const allowed = EVENT[event.Type];
        if (!allowed) errors.push(`${logicalId}.Events.${eventName}: type ${event.Type}`);
        else for (const name of Object.keys(event.Properties)) if (!allowed.has(name)) errors.push(`${logicalId}.Events.${eventName}.${name}`);
      }
      const code = resource.Properties?.InlineCode ?? resource.Properties?.CodeUri ?? resource.Properties?.ImageUri;
      if (code === undefined) errors.push(`${logicalId}: no code`);
    }
    if (resource.Type === 'AWS::Serverless::Api') {
      for (const name of properties) if (!API.has(name)) errors.push(`${logicalId}.${name}`);
      if (!isRecord(resource.Properties) || resource.Properties.StageName === undefined) errors.push(`${logicalId}: no StageName`);
    }
  }
  return errors;
}

describe('SAM output uses only what AWS SAM accepts', () => {
  it('function, API and event properties', () => {
    fc.assert(
      fc.property(serverlessDesignArbitrary, (design) => {
        expect(samErrors(exportTemplateObject(design, { format: 'sam' }))).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });
});
