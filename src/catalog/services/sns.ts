import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::SNS::Topic',
    label: 'SNS topic',
    category: 'Application integration',
    icon: 'sns',
    summary: 'Pushes each message to every subscriber: queues, functions, HTTP, email, SMS.',
    section: 'SNS',
    config: z.object({}),
    accepts: [],
  },
];
