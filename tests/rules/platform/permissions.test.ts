import { describe, expect, it } from 'vitest';
import type { Design } from '../../../src/design/schema.ts';
import { DesignContext } from '../../../src/rules/context.ts';
import { actionMatches, identityRoleOf, roleGrants } from '../../../src/rules/platform/shared/permissions.ts';

function context(design: Omit<Design, 'format'>): DesignContext {
  return new DesignContext({ format: 'cloudwright.design/1', ...design } as Design);
}

describe('actionMatches', () => {
  it('matches IAM action patterns with wildcards, ignoring case', () => {
    expect(actionMatches('xray:*', 'xray:PutTraceSegments')).toBe(true);
    expect(actionMatches('*', 'sqs:SendMessage')).toBe(true);
    expect(actionMatches('XRAY:put*', 'xray:PutTelemetryRecords')).toBe(true);
    expect(actionMatches('s3:Get?bject', 's3:GetObject')).toBe(true);
  });

  it('does not match other services or partial names', () => {
    expect(actionMatches('xray:Get*', 'xray:PutTraceSegments')).toBe(false);
    expect(actionMatches('s3:*', 'sqs:SendMessage')).toBe(false);
    expect(actionMatches('s3:GetObject', 's3:GetObjectAcl')).toBe(false);
    expect(actionMatches('s3:Get.bject', 's3:GetObject')).toBe(false);
  });
});

describe('roleGrants', () => {
  const design = context({
    nodes: [
      { id: 'managed', kind: 'AWS::IAM::Role', config: { ManagedPolicyArns: ['arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess'] } },
      { id: 'denied', kind: 'AWS::IAM::Role', config: { permissions: ['*'], deniedPermissions: ['xray:Put*'] } },
      { id: 'empty', kind: 'AWS::IAM::Role' },
    ],
    edges: [],
  });
  const role = (id: string) => design.node(id)!;

  it('grants the actions of a known managed policy', () => {
    expect(roleGrants(design, role('managed'), 'xray:PutTelemetryRecords')).toBe(true);
    expect(roleGrants(design, role('managed'), 'sqs:SendMessage')).toBe(false);
  });

  it('lets an explicit deny override an allow, and denies by default', () => {
    expect(roleGrants(design, role('denied'), 'xray:PutTraceSegments')).toBe(false);
    expect(roleGrants(design, role('denied'), 'xray:GetSamplingRules')).toBe(true);
    expect(roleGrants(design, role('empty'), 's3:GetObject')).toBe(false);
  });
});

describe('identityRoleOf', () => {
  it("uses an ECS service's task role and other compute's execution role", () => {
    const design = context({
      nodes: [
        { id: 'svc', kind: 'AWS::ECS::Service' },
        { id: 'exec', kind: 'AWS::IAM::Role' },
        { id: 'task', kind: 'AWS::IAM::Role' },
        { id: 'fn', kind: 'AWS::Lambda::Function' },
      ],
      edges: [
        { from: 'svc', to: 'exec', role: 'execution-role' },
        { from: 'svc', to: 'task', role: 'task-role' },
        { from: 'fn', to: 'exec', role: 'execution-role' },
      ],
    });
    expect(identityRoleOf(design, design.node('svc')!)?.id).toBe('task');
    expect(identityRoleOf(design, design.node('fn')!)?.id).toBe('exec');
  });
});
