import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::ApiGateway::RestApi',
    label: 'API Gateway REST API',
    category: 'Application integration',
    icon: 'api-gateway',
    summary: 'A managed HTTP API front door with stages, caching and throttling.',
    section: 'Amazon API Gateway',
    config: z.object({}),
    accepts: [],
  },
];
