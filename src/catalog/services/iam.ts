import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::IAM::Role',
    label: 'IAM role',
    category: 'Security and identity',
    icon: 'iam-role',
    summary: 'An identity with permissions that services and users assume for temporary credentials.',
    section: 'IAM',
    config: z.object({}),
    accepts: [],
  },
];
