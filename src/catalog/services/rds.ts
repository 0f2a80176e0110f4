import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::RDS::DBInstance',
    label: 'RDS database',
    category: 'Databases',
    icon: 'rds',
    summary: 'A managed relational database instance.',
    section: 'RDS',
    config: z.object({}),
    accepts: [],
  },
  {
    kind: 'AWS::RDS::DBCluster',
    label: 'Aurora cluster',
    category: 'Databases',
    icon: 'aurora',
    summary: 'A relational cluster with shared storage and up to 15 replicas.',
    section: 'Aurora',
    config: z.object({}),
    accepts: [],
  },
];
