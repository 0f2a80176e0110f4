import { z } from 'zod';
import { AWS_APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

/** AssumeRole's session length, on edges where a caller asks STS for the role's credentials. */
const assumeRoleSession = z.object({
  sessionDurationSeconds: z
    .number()
    .int()
    .default(3_600)
    .meta({ unit: 's', description: "Game setting: the AssumeRole DurationSeconds the caller asks for (900 s up to the role's MaxSessionDuration)." }),
});

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::IAM::Role',
    label: 'IAM role',
    category: 'Security and identity',
    icon: 'iam-role',
    summary: 'An identity with permissions that services and users assume for temporary credentials.',
    section: 'IAM',
    config: z.object({
      MaxSessionDuration: z
        .number()
        .int()
        .default(3_600)
        .meta({ unit: 's', description: 'The longest session AssumeRole may grant for this role (3,600 to 43,200 s).' }),
      ManagedPolicyArns: z
        .array(z.string())
        .default([])
        .meta({ description: 'Managed policies attached to the role, e.g. arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess.' }),
      permissions: z
        .array(z.string())
        .default([])
        .meta({ description: 'Game setting: actions the inline identity-based policies Allow, e.g. sqs:ReceiveMessage, xray:*, *.' }),
      deniedPermissions: z
        .array(z.string())
        .default([])
        .meta({ description: 'Game setting: actions an attached policy explicitly Denies.' }),
      perUserResources: z
        .boolean()
        .default(false)
        .meta({
          description:
            'Game setting: the policies limit resources with policy variables (e.g. the caller’s cognito-identity.amazonaws.com:sub in an S3 prefix or a DynamoDB LeadingKeys condition), so each user reaches only their own data.',
        }),
      trustedPrincipals: z
        .array(z.string())
        .optional()
        .meta({
          description:
            'Game setting: principals the trust policy (AssumeRolePolicyDocument) lets assume the role, e.g. lambda.amazonaws.com; omitted: whoever the design connects.',
        }),
    }),
    accepts: [
      { from: [...AWS_APPLICATION_KINDS], role: 'execution-role', verb: 'runs with the permissions of' },
      { from: ['AWS::ECS::Service'], role: 'task-role', verb: "gives its containers' code the permissions of" },
      {
        from: ['AWS::Cognito::IdentityPool'],
        verb: 'hands out temporary credentials for',
        config: z.object({
          identities: z
            .enum(['authenticated', 'unauthenticated'])
            .default('authenticated')
            .meta({ description: 'Which identities get this role: signed-in users, or guests (unauthenticated identities).' }),
        }),
      },
      { from: ['Actor::Client'], verb: 'assumes (STS AssumeRole)', config: assumeRoleSession },
      { from: ['AWS::IAM::Role'], verb: 'assumes (role chaining)', config: assumeRoleSession },
    ],
  },
];
