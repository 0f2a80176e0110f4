import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** The service principal that assumes a role for each kind, by the edge role it uses. */
const SERVICE_PRINCIPAL: Record<string, string> = {
  'AWS::Lambda::Function': 'lambda.amazonaws.com',
  'AWS::EC2::Instance': 'ec2.amazonaws.com',
  'AWS::AutoScaling::AutoScalingGroup': 'ec2.amazonaws.com',
  'AWS::ElasticBeanstalk::Environment': 'ec2.amazonaws.com',
  'AWS::ECS::Service': 'ecs-tasks.amazonaws.com',
  'AWS::Cognito::IdentityPool': 'cognito-identity.amazonaws.com',
};

export const trustPolicyAllowsAssumer = defineRule({
  id: 'iam/trust-policy-allows-assumer',
  severity: 'error',
  title: "A role whose trust policy doesn't let its user assume it",
  source: {
    section: 'IAM',
    quote: 'Resource based policy, trust policy: defines which entities can assume the role. An IAM role needs both a trust policy and an identity-based policy attached to it.',
  },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const role of design.nodesOfKind('AWS::IAM::Role')) {
      const trusted = design.config(role).trustedPrincipals;
      if (!Array.isArray(trusted)) continue;
      for (const edge of design.edgesTo(role.id)) {
        const principal = SERVICE_PRINCIPAL[design.kindOf(edge.from) ?? ''];
        if (!principal || trusted.includes(principal)) continue;
        reports.push({
          message: `${edge.from} uses ${role.id}, but the role's trust policy does not name ${principal}.`,
          why: `A service gets a role's credentials by calling sts:AssumeRole as its service principal; the trust policy (AssumeRolePolicyDocument) must allow ${principal}, or the call is denied and ${edge.from} cannot start with the role.`,
          fix: `Add ${principal} to ${role.id}'s trustedPrincipals (the Principal.Service of the trust policy).`,
          nodes: [edge.from, role.id],
          edges: [design.edgeKey(edge)],
          property: 'trustedPrincipals',
        });
      }
    }
    return reports;
  },
});
