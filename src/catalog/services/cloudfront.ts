import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::CloudFront::Distribution',
    label: 'CloudFront distribution',
    category: 'Networking and content delivery',
    icon: 'cloudfront',
    summary: 'A content delivery network that caches at edge locations.',
    section: 'S3',
    config: z.object({}),
    accepts: [],
  },
];
