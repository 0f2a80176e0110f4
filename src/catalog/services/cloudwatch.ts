import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::CloudWatch::Alarm',
    label: 'CloudWatch alarm',
    category: 'Management and monitoring',
    icon: 'cloudwatch-alarm',
    summary: 'Watches a metric and acts when it crosses a threshold.',
    section: 'Cloudwatch',
    config: z.object({}),
    accepts: [],
  },
  {
    kind: 'AWS::Logs::LogGroup',
    label: 'CloudWatch Logs log group',
    category: 'Management and monitoring',
    icon: 'cloudwatch-logs',
    summary: 'Collects and keeps log events.',
    section: 'Cloudwatch',
    config: z.object({}),
    accepts: [],
  },
];
