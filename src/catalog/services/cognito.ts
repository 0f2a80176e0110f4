import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::Cognito::UserPool',
    label: 'Cognito user pool',
    category: 'Security and identity',
    icon: 'cognito',
    summary: 'A user directory: sign-up and sign-in.',
    section: 'Cognito',
    config: z.object({
      MfaConfiguration: z
        .enum(['OFF', 'ON', 'OPTIONAL'])
        .default('OFF')
        .meta({ description: 'Multi-factor authentication: off, required for every user, or optional per user.' }),
      UsernameAttributes: z
        .array(z.enum(['email', 'phone_number']))
        .default([])
        .meta({ description: 'Attributes users may sign in with instead of a username.' }),
      AutoVerifiedAttributes: z
        .array(z.enum(['email', 'phone_number']))
        .default([])
        .meta({ description: 'Attributes Cognito verifies by sending a code.' }),
    }),
    accepts: [
      { from: [...APPLICATION_KINDS], verb: 'signs users up and in with' },
      { from: ['AWS::ApiGateway::RestApi'], role: 'authorizer', verb: "checks callers' tokens with (Cognito user pool authorizer)" },
    ],
  },
  {
    kind: 'AWS::Cognito::IdentityPool',
    label: 'Cognito identity pool',
    category: 'Security and identity',
    icon: 'cognito-identity',
    summary: 'Exchanges identities for temporary AWS credentials.',
    section: 'Cognito',
    config: z.object({
      AllowUnauthenticatedIdentities: z
        .boolean()
        .default(false)
        .meta({ description: 'Give guests (no sign-in) temporary credentials under the unauthenticated role.' }),
      SupportedLoginProviders: z
        .record(z.string(), z.string())
        .default({})
        .meta({ description: 'Web identity providers and their app ids, e.g. { "graph.facebook.com": "1234" }, { "accounts.google.com": "..." }.' }),
      AllowClassicFlow: z.boolean().default(false).meta({ description: 'Allow the basic (classic) authflow alongside the enhanced flow.' }),
    }),
    accepts: [
      { from: ['AWS::Cognito::UserPool'], verb: 'federates its signed-in users into (CognitoIdentityProviders)' },
      { from: ['Actor::Client'], verb: 'exchanges tokens for temporary AWS credentials with' },
    ],
  },
];
