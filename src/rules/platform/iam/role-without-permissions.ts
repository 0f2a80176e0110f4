import { defineRule } from '../../define.ts';
import { allowedActions } from '../shared/permissions.ts';

export const roleWithoutPermissions = defineRule({
  id: 'iam/role-without-permissions',
  severity: 'warning',
  title: 'A role in use that allows nothing',
  source: {
    section: 'IAM',
    quote: 'With policies, all requests are denied by default. ... An IAM role needs both a trust policy and an identity-based policy attached to it.',
  },
  facts: ['iam.eval_logic'],
  check(design) {
    return design
      .nodesOfKind('AWS::IAM::Role')
      .filter((role) => design.edgesTo(role.id).length > 0 && allowedActions(design, role).length === 0)
      .map((role) => ({
        message: `${role.id} is assumed by ${design.edgesTo(role.id).map((edge) => edge.from).join(', ')} but has no permissions policy.`,
        why: 'IAM denies every request by default; a role with only a trust policy gives credentials that can do nothing, so each AWS call the code makes fails with AccessDenied.',
        fix: `Attach a managed policy or add the actions the code needs to ${role.id}'s permissions (least privilege: only those actions).`,
        nodes: [role.id],
        edges: [],
        property: 'permissions',
      }));
  },
});
