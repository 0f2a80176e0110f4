import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::ElasticBeanstalk::Environment',
    label: 'Elastic Beanstalk environment',
    category: 'Compute',
    icon: 'elastic-beanstalk',
    summary: 'Runs a web or worker application with managed capacity and deployments.',
    section: 'Elastic beanstalk',
    config: z.object({}),
    accepts: [],
  },
];
