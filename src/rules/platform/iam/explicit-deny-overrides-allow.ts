import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { actionMatches } from '../shared/permissions.ts';

export const explicitDenyOverridesAllow = defineRule({
  id: 'iam/explicit-deny-overrides-allow',
  severity: 'warning',
  title: 'An allowed action that an explicit Deny takes away',
  source: {
    section: 'IAM',
    quote: 'With policies, all requests are denied by default. An explicit allow overrides a default deny and an explicit deny overrides an explicit allow.',
  },
  facts: ['iam.eval_logic'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const role of design.nodesOfKind('AWS::IAM::Role')) {
      const config = design.config(role);
      const allowed = (config.permissions as string[]) ?? [];
      const denied = (config.deniedPermissions as string[]) ?? [];
      const lost = allowed.filter((action) => denied.some((pattern) => actionMatches(pattern, action)));
      if (lost.length === 0) continue;
      reports.push({
        message: `${role.id}: ${lost.join(', ')} ${lost.length === 1 ? 'is' : 'are'} allowed but also explicitly denied, so the role cannot use ${lost.length === 1 ? 'it' : 'them'}.`,
        why: 'IAM denies by default, an Allow overrides that, and an explicit Deny in any policy overrides every Allow. Order and policy type do not matter.',
        fix: `Narrow the Deny (${denied.join(', ')}) so it no longer matches, or drop the Allow if the action should be refused.`,
        nodes: [role.id],
        edges: [],
        property: 'deniedPermissions',
      });
    }
    return reports;
  },
});
