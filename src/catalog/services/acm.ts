import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::CertificateManager::Certificate',
    label: 'ACM certificate',
    category: 'Security and identity',
    icon: 'acm',
    summary: 'A TLS certificate for load balancers, CloudFront and API Gateway.',
    section: 'Networking',
    config: z.object({}),
    accepts: [],
  },
];
