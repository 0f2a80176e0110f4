import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::ECS::Service',
    label: 'ECS service',
    category: 'Containers',
    icon: 'ecs',
    summary: 'Runs and keeps running containers on Fargate or EC2.',
    section: 'ECS',
    config: z.object({}),
    accepts: [],
  },
];
