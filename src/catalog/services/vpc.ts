import { z } from 'zod';
import { AWS_APPLICATION_KINDS } from '../groups.ts';
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
    accepts: [
      { from: ['Actor::Client'], verb: 'reaches the VPC through' },
      { from: ['AWS::EC2::NatGateway'], verb: 'sends outbound traffic through' },
      { from: [...AWS_APPLICATION_KINDS], verb: 'reaches the internet (from a public subnet) through' },
    ],
  },
  {
    kind: 'AWS::EC2::NatGateway',
    label: 'NAT gateway',
    category: 'Networking and content delivery',
    icon: 'nat-gateway',
    summary: 'Gives private subnets outbound-only internet access.',
    section: 'Networking',
    config: z.object({
      ConnectivityType: z
        .enum(['public', 'private'])
        .default('public')
        .meta({ description: 'public: outbound internet access through the VPC internet gateway; private: only to other VPCs or on-premises.' }),
    }),
    accepts: [{ from: [...AWS_APPLICATION_KINDS], verb: 'starts outbound connections (from a private subnet) through' }],
  },
];
