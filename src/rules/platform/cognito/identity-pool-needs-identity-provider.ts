import { defineRule } from '../../define.ts';

export const identityPoolNeedsIdentityProvider = defineRule({
  id: 'cognito/identity-pool-needs-identity-provider',
  severity: 'error',
  title: 'An identity pool that trusts no identity provider',
  source: {
    section: 'Cognito',
    quote: 'The user authenticates first with the Web ID provider and receives an authentication token, which is exchanged for tmp AWS credentials allowing them to assume an IAM role.',
  },
  facts: ['cognito.identity_pools', 'sts.webidentity'],
  check(design) {
    return design
      .nodesOfKind('AWS::Cognito::IdentityPool')
      .filter((pool) => {
        const config = design.config(pool);
        const providers = Object.keys((config.SupportedLoginProviders as Record<string, string> | undefined) ?? {});
        const userPools = design.edgesTo(pool.id, { kind: 'AWS::Cognito::UserPool' });
        return providers.length === 0 && userPools.length === 0 && config.AllowUnauthenticatedIdentities !== true;
      })
      .map((pool) => ({
        message: `${pool.id}: the identity pool has no identity provider and no guest access, so nobody can get credentials from it.`,
        why: 'An identity pool exchanges a token from a provider it trusts (a Cognito user pool, or a web identity provider such as Google, Facebook or Login with Amazon) for temporary AWS credentials; with no provider and unauthenticated identities off, every GetId call is refused.',
        fix: `Connect a Cognito user pool to ${pool.id}, add SupportedLoginProviders, or allow unauthenticated identities.`,
        nodes: [pool.id],
        edges: [],
      }));
  },
});
