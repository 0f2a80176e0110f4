import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::EC2::Volume',
    label: 'EBS volume',
    category: 'Storage',
    icon: 'ebs',
    summary: 'Block storage for one EC2 instance, locked to an Availability Zone.',
    section: 'EBS',
    config: z.object({}),
    accepts: [],
  },
];
