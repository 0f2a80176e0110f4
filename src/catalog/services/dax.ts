import { z } from 'zod';
import { AWS_APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::DAX::Cluster',
    label: 'DAX cluster',
    category: 'Databases',
    icon: 'dax',
    summary: 'An in-memory cache in front of DynamoDB for eventually consistent reads.',
    section: 'DynamoDB',
    config: z.object({
      ReplicationFactor: z
        .number()
        .int()
        .default(3)
        .meta({ description: 'Nodes in the cluster: one primary and read replicas (required in CloudFormation; the console starts at 3).' }),
      NodeType: z.string().optional().meta({ description: 'e.g. dax.t3.small, dax.r5.large.' }),
      AvailabilityZones: z.array(z.string()).optional().meta({ description: 'Zones to spread the nodes over.' }),
      ClusterEndpointEncryptionType: z.enum(['NONE', 'TLS']).default('NONE'),
      SSESpecification: z.object({ SSEEnabled: z.boolean().default(false) }).prefault({}),
      recordTtlMillis: z
        .number()
        .int()
        .default(300_000)
        .meta({ unit: 'ms', description: 'The parameter group’s record-ttl-millis: how long GetItem/BatchGetItem results stay in the item cache.' }),
      queryTtlMillis: z
        .number()
        .int()
        .default(300_000)
        .meta({ unit: 'ms', description: 'The parameter group’s query-ttl-millis: how long Query/Scan results stay in the query cache.' }),
    }),
    accepts: [
      {
        // DAX lives in a VPC: only code running in AWS reaches it, through the DAX client.
        from: AWS_APPLICATION_KINDS,
        verb: 'reads and writes items through',
        config: z.object({
          operation: z.enum(['read', 'write', 'read-write']).default('read-write').meta({ description: 'Reads, writes, or both.' }),
          consistentRead: z
            .boolean()
            .default(false)
            .meta({ description: 'ConsistentRead: DAX passes strongly consistent reads to the table and does not cache them.' }),
          index: z.string().optional().meta({ description: 'The IndexName the reads query.' }),
        }),
      },
    ],
  },
];
