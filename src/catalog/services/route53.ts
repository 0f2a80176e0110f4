import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::Route53::RecordSet',
    label: 'Route 53 record',
    category: 'Networking and content delivery',
    icon: 'route53',
    summary: 'A DNS name that points at load balancers, distributions, buckets or addresses.',
    section: 'Networking',
    config: z.object({}),
    accepts: [],
  },
];
