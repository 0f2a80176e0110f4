import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::S3::Bucket',
    label: 'S3 bucket',
    category: 'Storage',
    icon: 's3',
    summary: 'Object storage with strong read-after-write consistency.',
    section: 'S3',
    config: z.object({}),
    accepts: [],
  },
];
