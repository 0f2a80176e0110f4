import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::EC2::InternetGateway',
    label: 'Internet gateway',
    category: 'Networking and content delivery',
    icon: 'internet-gateway',
    summary: 'Connects a VPC to the internet.',
    section: 'Networking',
    config: z.object({}),
    accepts: [],
  },
  {
    kind: 'AWS::EC2::NatGateway',
    label: 'NAT gateway',
    category: 'Networking and content delivery',
    icon: 'nat-gateway',
    summary: 'Gives private subnets outbound-only internet access.',
    section: 'Networking',
    config: z.object({}),
    accepts: [],
  },
];
