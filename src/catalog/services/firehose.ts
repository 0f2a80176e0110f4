import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::KinesisFirehose::DeliveryStream',
    label: 'Data Firehose stream',
    category: 'Analytics and streaming',
    icon: 'firehose',
    summary: 'Loads streaming data into S3, Redshift or OpenSearch.',
    section: 'Kinesis',
    config: z.object({}),
    accepts: [],
  },
];
