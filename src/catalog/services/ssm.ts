import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::SSM::Parameter',
    label: 'SSM parameter',
    category: 'Management and monitoring',
    icon: 'ssm',
    summary: 'Configuration data and secrets, loaded at run time.',
    section: 'Systems manager',
    config: z.object({}),
    accepts: [],
  },
];
