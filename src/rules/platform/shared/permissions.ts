import type { DesignContext } from '../../context.ts';
import type { DesignNode } from '../../../design/schema.ts';

/** Actions granted by the AWS managed policies the rules know about. */
const MANAGED_POLICY_ACTIONS: Record<string, readonly string[]> = {
  'arn:aws:iam::aws:policy/AdministratorAccess': ['*'],
  'arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess': [
    'xray:PutTraceSegments',
    'xray:PutTelemetryRecords',
    'xray:GetSamplingRules',
    'xray:GetSamplingTargets',
    'xray:GetSamplingStatisticSummaries',
  ],
  'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess': [
    'xray:PutTraceSegments',
    'xray:PutTelemetryRecords',
    'xray:GetSamplingRules',
    'xray:GetSamplingTargets',
    'xray:GetSamplingStatisticSummaries',
  ],
  'arn:aws:iam::aws:policy/AWSXrayFullAccess': ['xray:*'],
};

/** IAM action matching: case-insensitive, with * and ? wildcards as in policy documents. */
export function actionMatches(pattern: string, action: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return regex.test(action);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Actions a role allows: its inline permissions plus those of the managed policies it attaches. */
export function allowedActions(design: DesignContext, role: DesignNode): string[] {
  const config = design.config(role);
  const managed = strings(config.ManagedPolicyArns).flatMap((arn) => MANAGED_POLICY_ACTIONS[arn] ?? []);
  return [...strings(config.permissions), ...managed];
}

/** IAM evaluation: denied by default, an Allow grants, an explicit Deny overrides any Allow. */
export function roleGrants(design: DesignContext, role: DesignNode, action: string): boolean {
  const denied = strings(design.config(role).deniedPermissions).some((pattern) => actionMatches(pattern, action));
  if (denied) return false;
  return allowedActions(design, role).some((pattern) => actionMatches(pattern, action));
}

/**
 * The role whose permissions a component's code runs with: an ECS service's task role
 * (the execution role only pulls images and writes logs), otherwise its execution role.
 */
export function identityRoleOf(design: DesignContext, node: DesignNode): DesignNode | undefined {
  const roleEdge =
    node.kind === 'AWS::ECS::Service'
      ? design.edgesFrom(node.id, { kind: 'AWS::IAM::Role', role: 'task-role' })[0]
      : design.edgesFrom(node.id, { kind: 'AWS::IAM::Role', role: 'execution-role' })[0];
  return roleEdge ? design.node(roleEdge.to) : undefined;
}
