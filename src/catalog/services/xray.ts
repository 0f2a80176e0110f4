import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::XRay::Group',
    label: 'X-Ray tracing',
    category: 'Management and monitoring',
    icon: 'xray',
    summary: 'Traces requests across services and maps where time is spent.',
    section: 'X-Ray',
    config: z.object({}),
    accepts: [],
  },
];
