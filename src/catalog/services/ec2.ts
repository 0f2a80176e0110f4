import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::EC2::Instance',
    label: 'EC2 instance',
    category: 'Compute',
    icon: 'ec2',
    summary: 'A virtual server you manage.',
    section: 'EC2',
    config: z.object({}),
    accepts: [],
  },
  {
    kind: 'AWS::AutoScaling::AutoScalingGroup',
    label: 'Auto Scaling group',
    category: 'Compute',
    icon: 'auto-scaling',
    summary: 'Keeps a fleet of EC2 instances at the right size and replaces unhealthy ones.',
    section: 'EC2',
    config: z.object({}),
    accepts: [],
  },
];
