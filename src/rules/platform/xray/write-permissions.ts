import { AWS_APPLICATION_KINDS } from '../../../catalog/groups.ts';
import { defineRule } from '../../define.ts';
import { identityRoleOf, roleGrants } from '../shared/permissions.ts';

const WRITE_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'];

export const writePermissions = defineRule({
  id: 'xray/write-permissions',
  severity: 'error',
  title: "Traces sent with a role that can't write to X-Ray",
  source: { section: 'X-Ray', quote: 'create IAM role, give X-Ray permission: xray:PutTraceSegments and xray:PutTelemetryRecords' },
  facts: ['xray.permissions', 'xray.daemon.prereq', 'lambda.xray'],
  currentFact:
    'The permissions are still xray:PutTraceSegments and xray:PutTelemetryRecords (AWSXRayDaemonWriteAccess); the X-Ray SDKs and daemon are in maintenance mode since Feb 25 2026, and new designs should use OpenTelemetry (ADOT).',
  check(design) {
    return design
      .nodesOfKind('AWS::XRay::Group')
      .flatMap((group) => design.edgesTo(group.id, { kind: AWS_APPLICATION_KINDS }))
      .flatMap((edge) => {
        const source = design.node(edge.from);
        const role = source ? identityRoleOf(design, source) : undefined;
        if (!role) return [];
        const missing = WRITE_ACTIONS.filter((action) => !roleGrants(design, role, action));
        if (missing.length === 0) return [];
        return [
          {
            message: `${edge.from} sends traces to ${edge.to}, but its role ${role.id} does not allow ${missing.join(' and ')}.`,
            why: 'The daemon (or Lambda, or the collector) uploads segments with the credentials of the role the code runs with; X-Ray refuses the upload without xray:PutTraceSegments and xray:PutTelemetryRecords, so the traces never appear.',
            fix: `Attach the managed policy arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess to ${role.id} (it also grants the sampling-rule reads), or allow both actions.`,
            nodes: [edge.from, role.id, edge.to],
            edges: [design.edgeKey(edge)],
          },
        ];
      });
  },
});
