import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::Redshift::Cluster',
    label: 'Redshift cluster',
    category: 'Analytics and streaming',
    icon: 'redshift',
    summary: 'A data warehouse for analytics.',
    section: 'Kinesis',
    config: z.object({
      ClusterType: z.enum(['single-node', 'multi-node']).optional().meta({ description: 'Required in CloudFormation.' }),
      NodeType: z.string().optional().meta({ description: 'e.g. ra3.large, ra3.xlplus, dc2.large.' }),
      NumberOfNodes: z.number().int().default(1).meta({ description: 'Compute nodes: at least 2 for multi-node, 1 for single-node.' }),
      DBName: z.string().optional(),
      Encrypted: z.boolean().default(false),
      PubliclyAccessible: z.boolean().default(false),
      AutomatedSnapshotRetentionPeriod: z.number().int().default(1).meta({ unit: 'days' }),
    }),
    accepts: [
      {
        from: ['AWS::KinesisFirehose::DeliveryStream'],
        verb: 'loads records into (COPY from an intermediate S3 bucket)',
      },
      { from: ['AWS::S3::Bucket'], verb: 'is loaded into (COPY from S3)' },
      {
        from: APPLICATION_KINDS,
        verb: 'runs analytic (OLAP) queries against',
        config: z.object({
          operation: z.enum(['read', 'write', 'read-write']).default('read').meta({ description: 'Queries, row-by-row writes, or both.' }),
        }),
      },
    ],
  },
];
