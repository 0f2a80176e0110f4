import { defineRule } from '../../define.ts';
import { allowedActions } from '../shared/permissions.ts';

/** Wildcards that grant a whole service or everything: too much for anonymous guests. */
function broad(action: string): boolean {
  return action === '*' || action.endsWith(':*');
}

export const unauthenticatedRoleTooBroad = defineRule({
  id: 'cognito/unauthenticated-role-too-broad',
  severity: 'warning',
  title: 'Guests of an identity pool get broad permissions',
  source: { section: 'Cognito', quote: 'Generates temporary credentials for unauthenticated, unique and trusted users' },
  facts: ['cognito.identity_pools'],
  check(design) {
    return design
      .nodesOfKind('AWS::Cognito::IdentityPool')
      .filter((pool) => design.config(pool).AllowUnauthenticatedIdentities === true)
      .flatMap((pool) => design.edgesFrom(pool.id, { kind: 'AWS::IAM::Role' }))
      .filter((edge) => design.edgeConfig(edge).identities === 'unauthenticated')
      .flatMap((edge) => {
        const role = design.node(edge.to);
        const wide = role ? allowedActions(design, role).filter(broad) : [];
        if (!role || wide.length === 0) return [];
        return [
          {
            message: `${edge.from} gives anyone, without signing in, the role ${role.id}, which allows ${wide.join(', ')}.`,
            why: 'Unauthenticated identities are anonymous: anyone who finds the identity pool id in the app can get these temporary credentials and use every allowed action.',
            fix: `Limit ${role.id} to the few read actions guests need (e.g. s3:GetObject on one prefix), or turn AllowUnauthenticatedIdentities off.`,
            nodes: [edge.from, role.id],
            edges: [design.edgeKey(edge)],
            property: 'permissions',
          },
        ];
      });
  },
});
