import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::SES::EmailIdentity',
    label: 'SES email identity',
    category: 'Application integration',
    icon: 'ses',
    summary: 'Sends email from a verified domain or address.',
    section: 'SES',
    config: z.object({}),
    accepts: [],
  },
];
