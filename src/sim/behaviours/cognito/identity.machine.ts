import { setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';

/** How a browser or phone gets AWS credentials (credentials.ts decides it for the run). */
export const signInMachine = setup({
  types: {
    context: {} as { identityPoolTrustsProvider: boolean; roleForIdentity: boolean },
    events: {} as { type: 'signedIn' } | { type: 'exchangeToken' },
    input: {} as { identityPoolTrustsProvider: boolean; roleForIdentity: boolean },
  },
  guards: {
    credentialsIssued: ({ context }) => context.identityPoolTrustsProvider && context.roleForIdentity,
  },
}).createMachine({
  id: 'cognitoSignIn',
  context: ({ input }) => input,
  initial: 'anonymous',
  states: {
    anonymous: { on: { signedIn: 'hasUserPoolTokens' } },
    /** ID and access tokens (JWTs): good for API Gateway's Cognito authorizer, not for calling AWS services. */
    hasUserPoolTokens: { on: { exchangeToken: [{ guard: 'credentialsIssued', target: 'hasTemporaryCredentials' }, { target: 'refused' }] } },
    /** STS credentials for the identity pool's role: S3 and DynamoDB accept requests signed with them. */
    hasTemporaryCredentials: { type: 'final' },
    refused: { type: 'final' },
  },
});

export const citations: Citation[] = [
  {
    section: 'Cognito',
    quote: 'Cognito **identity pools**: gives users access to AWS resources, like S3 or DynamoDB. Generates temporary credentials for unauthenticated, unique and trusted users',
    facts: ['cognito.identity_pools'],
  },
  {
    section: 'Cognito',
    quote: 'The user authenticates first with the Web ID provider and receives an authentication token, which is exchanged for tmp AWS credentials allowing them to assume an IAM role.',
    facts: ['sts.webidentity', 'cognito.user_pools'],
  },
];
