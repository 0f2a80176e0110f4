import type { DesignContext } from '../../../rules/context.ts';

export const IDENTITY_POOL = 'AWS::Cognito::IdentityPool';
export const USER_POOL = 'AWS::Cognito::UserPool';

/**
 * Whether a client holds temporary AWS credentials: it exchanges its sign-in with an identity pool
 * that trusts a provider (a user pool, a web identity provider, or guest access) and has an IAM role
 * for that kind of identity. A user pool alone gives tokens, not AWS credentials.
 */
export function hasCredentials(design: DesignContext, clientId: string): boolean {
  return design.edgesFrom(clientId, { kind: IDENTITY_POOL }).some((edge) => {
    const pool = design.node(edge.to);
    if (!pool) return false;
    const config = design.config(pool);
    const guests = config.AllowUnauthenticatedIdentities === true;
    const providers = Object.keys((config.SupportedLoginProviders as Record<string, string> | undefined) ?? {}).length > 0 || design.edgesTo(pool.id, { kind: USER_POOL }).length > 0;
    const roles = design.edgesFrom(pool.id, { kind: 'AWS::IAM::Role' }).map((role) => design.edgeConfig(role).identities);
    return (providers && roles.includes('authenticated')) || (guests && roles.includes('unauthenticated'));
  });
}

/**
 * Whether a client is an app whose users sign in with Cognito (it has an edge to a user pool or an
 * identity pool): only those are judged on credentials. A client without one stands for a trusted
 * producer with keys of its own (or presigned URLs).
 */
export function signsInWithCognito(design: DesignContext, clientId: string): boolean {
  return design.edgesFrom(clientId, { kind: [IDENTITY_POOL, USER_POOL] }).length > 0;
}
