import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::DynamoDB::Table',
    label: 'DynamoDB table',
    category: 'Databases',
    icon: 'dynamodb',
    summary: 'A key-value and document table with single-digit millisecond reads.',
    section: 'DynamoDB',
    config: z.object({}),
    accepts: [],
  },
];
