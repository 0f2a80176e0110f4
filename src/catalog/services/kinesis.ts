import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::Kinesis::Stream',
    label: 'Kinesis data stream',
    category: 'Analytics and streaming',
    icon: 'kinesis',
    summary: 'An ordered stream of records split into shards.',
    section: 'Kinesis',
    config: z.object({}),
    accepts: [],
  },
];
