import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::SES::EmailIdentity',
    label: 'SES email identity',
    category: 'Application integration',
    icon: 'ses',
    summary: 'Sends email from a verified domain or address.',
    section: 'SES',
    config: z.object({
      EmailIdentity: z
        .string()
        .optional()
        .meta({ description: 'The domain or email address to verify and send from, e.g. example.com (required by CloudFormation).' }),
      FeedbackAttributes: z
        .object({
          EmailForwardingEnabled: z
            .boolean()
            .default(true)
            .meta({ description: 'Forward bounce and complaint notifications by email.' }),
        })
        .default({ EmailForwardingEnabled: true })
        .meta({ description: 'How SES reports bounces and complaints: by email, or only through SNS topics.' }),
    }),
    accepts: [
      {
        from: [...APPLICATION_KINDS, 'AWS::StepFunctions::StateMachine', 'AWS::Cognito::UserPool'],
        verb: 'sends email through',
      },
    ],
  },
];
