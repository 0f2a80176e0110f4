import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::DAX::Cluster',
    label: 'DAX cluster',
    category: 'Databases',
    icon: 'dax',
    summary: 'An in-memory cache in front of DynamoDB for eventually consistent reads.',
    section: 'DynamoDB',
    config: z.object({}),
    accepts: [],
  },
];
