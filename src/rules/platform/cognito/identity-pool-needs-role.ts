import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

export const identityPoolNeedsRole = defineRule({
  id: 'cognito/identity-pool-needs-role',
  severity: 'error',
  title: 'An identity pool without the IAM role its identities assume',
  source: {
    section: 'Cognito',
    quote: 'Cognito **identity pools**: gives users access to AWS resources, like S3 or DynamoDB. Generates temporary credentials for unauthenticated, unique and trusted users',
  },
  facts: ['cognito.identity_pools'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const pool of design.nodesOfKind('AWS::Cognito::IdentityPool')) {
      const roleEdges = design.edgesFrom(pool.id, { kind: 'AWS::IAM::Role' });
      const identities = roleEdges.map((edge) => design.edgeConfig(edge).identities);
      const needed = ['authenticated'];
      if (design.config(pool).AllowUnauthenticatedIdentities === true) needed.push('unauthenticated');
      for (const kind of needed) {
        if (identities.includes(kind)) continue;
        reports.push({
          message: `${pool.id}: no IAM role for ${kind} identities.`,
          why: `An identity pool hands out credentials by assuming the role set for the identity's type; without a role for ${kind} identities, GetCredentialsForIdentity fails for them.`,
          fix: `Draw an edge from ${pool.id} to an IAM role with identities: ${kind}, whose permissions are only what those users need.`,
          nodes: [pool.id],
          edges: [],
        });
      }
    }
    return reports;
  },
});
