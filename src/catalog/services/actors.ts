import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'Actor::Client',
    label: 'Client',
    category: 'Actors',
    icon: 'client',
    summary: 'Users, devices or an upstream producer outside AWS; the scenario defines their traffic.',
    section: 'Compute',
    config: z.object({
      description: z.string().optional().meta({ description: 'Who this client stands for.' }),
    }),
    accepts: [],
  },
];
