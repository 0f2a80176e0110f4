import { POLL_ACTIONS } from '../export/access.ts';
import { referencesIn } from '../references-in.ts';
import { type CfnResource, isRecord, referencedId } from '../template.ts';

/** Resource types that wire nodes together: they become edges (or settings), not nodes. */
export const WIRING_TYPES = new Set([
  'AWS::Lambda::EventSourceMapping',
  'AWS::SNS::Subscription',
  'AWS::SQS::QueuePolicy',
  'AWS::SNS::TopicPolicy',
  'AWS::Lambda::Permission',
  'AWS::Lambda::EventInvokeConfig',
  'AWS::ApiGateway::Resource',
  'AWS::ApiGateway::Method',
  'AWS::ApiGateway::Deployment',
  'AWS::ApiGateway::Stage',
  'AWS::ApiGateway::Authorizer',
  'AWS::IAM::Policy',
]);

export const POLL_ACTION_SET = new Set(Object.values(POLL_ACTIONS).flat());

/** Where a compute resource names its execution role. */
export const ROLE_PROPERTY: Readonly<Record<string, string>> = { 'AWS::Lambda::Function': 'Role', 'AWS::StepFunctions::StateMachine': 'RoleArn' };

/** Resources an export made only to fill a node's required properties (a service role, an application). */
export function suppliedResources(resources: Record<string, CfnResource>, metaByLogicalId: Map<string, { filled?: string[] }>): Set<string> {
  const supplied = new Set<string>();
  for (const [logicalId, meta] of metaByLogicalId) {
    const properties = resources[logicalId]?.Properties ?? {};
    for (const key of meta.filled ?? []) {
      for (const reference of referencesIn(properties[key], [])) if (!metaByLogicalId.has(reference.target)) supplied.add(reference.target);
    }
  }
  return supplied;
}

/** Roles used by exactly one function or state machine, and not design nodes of their own: owner by role. */
export function rolesOwned(resources: Record<string, CfnResource>, metaByLogicalId: Map<string, unknown>): Map<string, string> {
  const users = new Map<string, string[]>();
  for (const [logicalId, resource] of Object.entries(resources)) {
    const property = ROLE_PROPERTY[resource.Type];
    const role = property ? referencedId(resource.Properties?.[property]) : undefined;
    if (role && resources[role]?.Type === 'AWS::IAM::Role') users.set(role, [...(users.get(role) ?? []), logicalId]);
  }
  const owned = new Map<string, string>();
  for (const [role, owners] of users) if (owners.length === 1 && !metaByLogicalId.has(role)) owned.set(role, owners[0]!);
  return owned;
}

/** Statements of a role: its inline Policies and every AWS::IAM::Policy attached to it. */
export function roleStatements(resources: Record<string, CfnResource>, roleId: string): Array<Record<string, unknown>> {
  const documents: unknown[] = [];
  const role = resources[roleId]!;
  for (const policy of Array.isArray(role.Properties?.Policies) ? role.Properties.Policies : []) if (isRecord(policy)) documents.push(policy.PolicyDocument);
  for (const resource of Object.values(resources)) {
    if (resource.Type !== 'AWS::IAM::Policy') continue;
    const roles = Array.isArray(resource.Properties?.Roles) ? resource.Properties.Roles : [];
    if (roles.some((entry) => referencedId(entry) === roleId)) documents.push(resource.Properties?.PolicyDocument);
  }
  return documents.flatMap((policyDocument) => {
    const statements = isRecord(policyDocument) ? policyDocument.Statement : undefined;
    return (Array.isArray(statements) ? statements : [statements]).filter(
      (statement): statement is Record<string, unknown> => isRecord(statement) && statement.Effect === 'Allow',
    );
  });
}

/** The edge config a role's actions imply: for a table, whether the function reads, writes or both. */
export function callConfig(kind: string, actions: string[]): Record<string, unknown> {
  if (kind !== 'AWS::DynamoDB::Table') return {};
  const reads = actions.some((action) => /^dynamodb:(Get|BatchGet|Query|Scan|\*)/.test(action));
  const writes = actions.some((action) => /^dynamodb:(Put|Update|Delete|BatchWrite|\*)/.test(action));
  if (reads && !writes) return { operation: 'read' };
  if (writes && !reads) return { operation: 'write' };
  return {};
}

/** Roles API Gateway assumes to call services for a method (Integration.Credentials): part of the API's wiring. */
export function integrationRoles(resources: Record<string, CfnResource>): Set<string> {
  const roles = new Set<string>();
  for (const resource of Object.values(resources)) {
    if (resource.Type !== 'AWS::ApiGateway::Method') continue;
    const integration = resource.Properties?.Integration;
    const role = isRecord(integration) ? referencedId(integration.Credentials) : undefined;
    if (role && resources[role]?.Type === 'AWS::IAM::Role') roles.add(role);
  }
  return roles;
}
