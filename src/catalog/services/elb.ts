import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    label: 'Load balancer (ALB/NLB)',
    category: 'Networking and content delivery',
    icon: 'elb-application',
    summary: 'Spreads requests over healthy targets: Application (HTTP, path and host routing) or Network (TCP, extreme rates).',
    section: 'Networking',
    config: z.object({}),
    accepts: [],
  },
  {
    kind: 'AWS::ElasticLoadBalancing::LoadBalancer',
    label: 'Classic Load Balancer',
    category: 'Networking and content delivery',
    icon: 'elb-classic',
    summary: 'The previous generation load balancer.',
    section: 'Networking',
    config: z.object({}),
    accepts: [],
  },
];
