import type { CfnParameter } from '../template.ts';
import type { ExportContext } from './context.ts';

/**
 * Properties CloudFormation requires, by resource type, for the kinds the catalog models (a test
 * checks this table against the CloudFormation resource specification). Those the export builds
 * itself (a function's Code and Role, a role's trust policy, ...) are filled by their builders;
 * these are filled from the design, then the catalog's default, then a template parameter.
 */
export const REQUIRED_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::CertificateManager::Certificate': ['DomainName'],
  'AWS::ElasticBeanstalk::Environment': ['ApplicationName'],
  'AWS::CloudFront::Distribution': ['DistributionConfig'],
  'AWS::Cognito::IdentityPool': ['AllowUnauthenticatedIdentities'],
  'AWS::DAX::Cluster': ['ReplicationFactor', 'IAMRoleARN', 'NodeType'],
  'AWS::CodeCommit::Repository': ['RepositoryName'],
  'AWS::CodeBuild::Project': ['Source', 'Artifacts', 'ServiceRole', 'Environment'],
  'AWS::CodeDeploy::DeploymentGroup': ['ApplicationName', 'ServiceRoleArn'],
  'AWS::CodePipeline::Pipeline': ['RoleArn', 'Stages'],
  'AWS::DynamoDB::Table': ['KeySchema'],
  'AWS::AutoScaling::AutoScalingGroup': ['MaxSize', 'MinSize'],
  'AWS::ElastiCache::CacheCluster': ['CacheNodeType', 'Engine', 'NumCacheNodes'],
  'AWS::ElastiCache::ReplicationGroup': ['ReplicationGroupDescription'],
  'AWS::ElasticLoadBalancing::LoadBalancer': ['Listeners'],
  'AWS::IAM::Role': ['AssumeRolePolicyDocument'],
  'AWS::Lambda::Function': ['Code', 'Role'],
  'AWS::Redshift::Cluster': ['ClusterType', 'NodeType', 'MasterUsername', 'DBName'],
  'AWS::Route53::RecordSet': ['Name', 'Type'],
  'AWS::SES::EmailIdentity': ['EmailIdentity'],
  'AWS::SSM::Parameter': ['Type', 'Value'],
  'AWS::StepFunctions::StateMachine': ['RoleArn'],
  'AWS::XRay::Group': ['GroupName'],
  'AWS::KinesisAnalyticsV2::Application': ['RuntimeEnvironment', 'ServiceExecutionRole'],
};

/** Values only the person deploying can give: the export asks for them as template parameters. */
const PARAMETERS: Readonly<Record<string, Readonly<Record<string, CfnParameter>>>> = {
  'AWS::CertificateManager::Certificate': { DomainName: { Type: 'String', Description: 'The domain name the certificate covers, e.g. www.example.com.' } },
  'AWS::ElasticBeanstalk::Environment': { ApplicationName: { Type: 'String', Description: 'The Elastic Beanstalk application the environment belongs to.' } },
  'AWS::DAX::Cluster': {
    NodeType: { Type: 'String', Description: 'The DAX node type.', Default: 'dax.t3.small' },
    ReplicationFactor: { Type: 'Number', Description: 'Nodes in the DAX cluster (1 primary plus read replicas).', Default: 3 },
  },
  'AWS::ElastiCache::CacheCluster': {
    CacheNodeType: { Type: 'String', Description: 'The cache node type.', Default: 'cache.t4g.micro' },
    Engine: { Type: 'String', Description: 'memcached, redis or valkey.', Default: 'redis' },
    NumCacheNodes: { Type: 'Number', Description: 'Cache nodes in the cluster.', Default: 1 },
  },
  'AWS::Redshift::Cluster': {
    ClusterType: { Type: 'String', Description: 'single-node or multi-node.', Default: 'single-node' },
    NodeType: { Type: 'String', Description: 'The Redshift node type.', Default: 'ra3.large' },
    MasterUsername: { Type: 'String', Description: 'The administrator user name.', Default: 'admin' },
    DBName: { Type: 'String', Description: 'The first database to create.', Default: 'dev' },
  },
  'AWS::Route53::RecordSet': {
    Name: { Type: 'String', Description: 'The record name, e.g. www.example.com.' },
    Type: { Type: 'String', Description: 'The record type, e.g. A or CNAME.', Default: 'A' },
  },
  'AWS::SES::EmailIdentity': { EmailIdentity: { Type: 'String', Description: 'The email address or domain to verify for sending.' } },
  'AWS::SSM::Parameter': {
    Type: { Type: 'String', Description: 'String or StringList.', Default: 'String' },
    Value: { Type: 'String', Description: 'The parameter value.' },
  },
  'AWS::AutoScaling::AutoScalingGroup': {
    MinSize: { Type: 'String', Description: 'Fewest instances the group keeps.', Default: '1' },
    MaxSize: { Type: 'String', Description: 'Most instances the group may run.', Default: '1' },
  },
  'AWS::Cognito::IdentityPool': {
    AllowUnauthenticatedIdentities: { Type: 'String', Description: 'true lets guests get credentials.', Default: 'false' },
  },
};

/** Names that can be the node's own id (a repository, an X-Ray group, a replication group's description). */
const FROM_NODE: Readonly<Record<string, Readonly<Record<string, (ctx: ExportContext, id: string) => unknown>>>> = {
  'AWS::CodeCommit::Repository': { RepositoryName: (_ctx, id) => id },
  'AWS::XRay::Group': { GroupName: (_ctx, id) => id },
  'AWS::ElastiCache::ReplicationGroup': { ReplicationGroupDescription: (ctx, id) => ctx.node(id).label ?? id },
};

/** Required properties with one usual choice, used when neither the design nor the catalog gives one. */
const USUAL_VALUES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  // The listener the console starts with: HTTP on port 80 to the instances' port 80.
  'AWS::ElasticLoadBalancing::LoadBalancer': { Listeners: [{ LoadBalancerPort: 80, InstancePort: 80, Protocol: 'HTTP' }] },
};

/** Fills each required property the design left out: the catalog's default, the node itself, or a parameter. */
export function fillRequiredValues(ctx: ExportContext, id: string): void {
  const kind = ctx.kind(id);
  const required = REQUIRED_PROPERTIES[kind] ?? [];
  const properties = ctx.properties(id);
  const defaults = ctx.resolvedConfig(id);
  for (const property of required) {
    if (properties[property] !== undefined) continue;
    const fromNode = FROM_NODE[kind]?.[property];
    const parameter = PARAMETERS[kind]?.[property];
    const value = defaults[property];
    const empty = value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
    const usual = USUAL_VALUES[kind]?.[property];
    if (!empty) ctx.fill(id, property, value);
    else if (usual !== undefined) ctx.fill(id, property, usual);
    else if (fromNode) ctx.fill(id, property, fromNode(ctx, id));
    else if (parameter) ctx.fill(id, property, { Ref: ctx.addParameter(`${ctx.logicalId(id)}${property}`, parameter) });
  }
}
