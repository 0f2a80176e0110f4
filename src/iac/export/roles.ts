import { LAMBDA_BASIC_EXECUTION, SERVICE_PRINCIPAL } from '../aws-kinds.ts';
import type { ExportContext, PolicyStatement } from './context.ts';

export function trustPolicy(principals: unknown[]): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: principals.length === 1 ? principals[0] : principals }, Action: 'sts:AssumeRole' }],
  };
}

/** A role a service assumes for one node, allowing exactly what the node's connections need. */
export function generatedRole(
  ctx: ExportContext,
  id: string,
  options: { managedPolicies?: unknown[]; statements?: PolicyStatement[] } = {},
): string {
  const principal = SERVICE_PRINCIPAL[ctx.kind(id)];
  const statements = options.statements ?? ctx.statements.get(id) ?? [];
  const properties: Record<string, unknown> = { AssumeRolePolicyDocument: trustPolicy([principal]) };
  if (options.managedPolicies && options.managedPolicies.length > 0) properties.ManagedPolicyArns = options.managedPolicies;
  // Inline, so the role has them before the node is created; they name only queues and topics, which
  // depend on nothing, so no circle can pass through them.
  const atCreation = ctx.creationStatements.get(id) ?? [];
  if (atCreation.length > 0) {
    properties.Policies = [{ PolicyName: 'at-creation', PolicyDocument: { Version: '2012-10-17', Statement: atCreation } }];
  }
  const role = ctx.addResource(`${ctx.logicalId(id)}Role`, { Type: 'AWS::IAM::Role', Properties: properties });
  if (statements.length > 0) {
    // A policy of its own, not inline: a function and a state machine that call each other would
    // otherwise make a circle (function → role → state machine → function).
    ctx.addResource(`${ctx.logicalId(id)}Policy`, {
      Type: 'AWS::IAM::Policy',
      Properties: { PolicyName: 'connections', Roles: [{ Ref: role }], PolicyDocument: { Version: '2012-10-17', Statement: statements } },
    });
  }
  return role;
}

/** The policy generatedRole attached to a node's role, if it made one. */
export function generatedPolicy(ctx: ExportContext, role: string): string | undefined {
  return Object.entries(ctx.resources).find(
    ([, resource]) => resource.Type === 'AWS::IAM::Policy' && JSON.stringify(resource.Properties?.Roles) === JSON.stringify([{ Ref: role }]),
  )?.[0];
}

/** A Lambda function's execution role: its own role node when the design gives one, else a generated one. */
export function functionRole(ctx: ExportContext, id: string): void {
  const roleEdge = ctx.design.edges.find((edge) => edge.from === id && edge.role === 'execution-role');
  if (roleEdge && ctx.isResource(roleEdge.to)) {
    ctx.properties(id).Role = { 'Fn::GetAtt': [ctx.logicalId(roleEdge.to), 'Arn'] };
    return;
  }
  const role = generatedRole(ctx, id, { managedPolicies: [{ 'Fn::Sub': LAMBDA_BASIC_EXECUTION }] });
  ctx.fill(id, 'Role', { 'Fn::GetAtt': [role, 'Arn'] });
  // Lambda checks the role's permissions when a mapping is created, so mappings wait for the role.
  const policy = generatedPolicy(ctx, role);
  for (const mapping of ctx.mappings) if (mapping.functionId === id) ctx.dependOn(mapping.logicalId, policy ?? role);
  // Lambda checks the role may reach the destinations when the invoke config is created.
  const invokeConfig = invokeConfigId(ctx, id);
  if (invokeConfig && policy) ctx.dependOn(invokeConfig, policy);
}

/** A role node: the trust policy names who the design lets assume it; inline policies hold its permissions. */
export function roleNodeProperties(ctx: ExportContext, id: string): void {
  const config = ctx.resolvedConfig(id);
  const trusted = Array.isArray(config.trustedPrincipals)
    ? (config.trustedPrincipals as string[])
    : [
        ...new Set(
          ctx.design.edges
            .filter((edge) => edge.to === id && (edge.role === 'execution-role' || edge.role === 'task-role'))
            .map((edge) => SERVICE_PRINCIPAL[ctx.kind(edge.from)])
            .filter((principal): principal is string => principal !== undefined),
        ),
      ];
  const properties = ctx.properties(id);
  if (properties.AssumeRolePolicyDocument === undefined) {
    ctx.fill(
      id,
      'AssumeRolePolicyDocument',
      trusted.length > 0
        ? trustPolicy(trusted)
        : {
            // Nobody named: only this account's own principals may assume it.
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: { 'Fn::Sub': `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root` } }, Action: 'sts:AssumeRole' }],
          },
    );
  }
  const allowed = (config.permissions ?? []) as string[];
  const denied = (config.deniedPermissions ?? []) as string[];
  const statements = [
    ...(allowed.length > 0 ? [{ Effect: 'Allow', Action: allowed, Resource: '*' }] : []),
    ...(denied.length > 0 ? [{ Effect: 'Deny', Action: denied, Resource: '*' }] : []),
  ];
  if (statements.length > 0 && properties.Policies === undefined) {
    ctx.fill(id, 'Policies', [{ PolicyName: 'permissions', PolicyDocument: { Version: '2012-10-17', Statement: statements } }]);
  }
}

function invokeConfigId(ctx: ExportContext, functionId: string): string | undefined {
  return Object.entries(ctx.resources).find(
    ([, resource]) =>
      resource.Type === 'AWS::Lambda::EventInvokeConfig' &&
      JSON.stringify(resource.Properties?.FunctionName) === JSON.stringify({ Ref: ctx.logicalId(functionId) }),
  )?.[0];
}
