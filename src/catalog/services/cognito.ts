import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::Cognito::UserPool',
    label: 'Cognito user pool',
    category: 'Security and identity',
    icon: 'cognito',
    summary: 'A user directory: sign-up and sign-in.',
    section: 'Cognito',
    config: z.object({}),
    accepts: [],
  },
  {
    kind: 'AWS::Cognito::IdentityPool',
    label: 'Cognito identity pool',
    category: 'Security and identity',
    icon: 'cognito-identity',
    summary: 'Exchanges identities for temporary AWS credentials.',
    section: 'Cognito',
    config: z.object({}),
    accepts: [],
  },
];
