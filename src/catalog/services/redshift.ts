import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::Redshift::Cluster',
    label: 'Redshift cluster',
    category: 'Analytics and streaming',
    icon: 'redshift',
    summary: 'A data warehouse for analytics.',
    section: 'Kinesis',
    config: z.object({}),
    accepts: [],
  },
];
