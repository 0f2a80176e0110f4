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

/** Cognito only judges access in designs that use it: elsewhere a client stands for a trusted producer with its own keys. */
export function usesCognito(design: DesignContext): boolean {
  return design.nodesOfKind(IDENTITY_POOL).length > 0 || design.nodesOfKind(USER_POOL).length > 0;
}
