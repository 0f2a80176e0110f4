import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';
import { CACHE_BACKING_VERB, CACHE_KINDS } from './elasticache.ts';

export const RDS_ENGINES = [
  'mysql',
  'mariadb',
  'postgres',
  'oracle-ee',
  'oracle-ee-cdb',
  'oracle-se2',
  'oracle-se2-cdb',
  'sqlserver-ee',
  'sqlserver-se',
  'sqlserver-ex',
  'sqlserver-web',
  'db2-se',
  'db2-ae',
] as const;

const environment = z
  .enum(['production', 'development'])
  .default('production')
  .meta({ description: 'Game setting: what the database is for; production databases are expected to survive an AZ failure.' });

const queryEdge = (endpoints: readonly [string, ...string[]], description: string) =>
  z.object({
    operation: z.enum(['read', 'write', 'read-write']).default('read-write').meta({ description: 'Queries, writes, or both.' }),
    endpoint: z.enum(endpoints).default(endpoints[0]).meta({ description }),
    consistentRead: z
      .boolean()
      .default(false)
      .meta({ description: 'The application expects to read its own writes at once (read-after-write consistency).' }),
  });

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::RDS::DBInstance',
    label: 'RDS database',
    category: 'Databases',
    icon: 'rds',
    summary: 'A managed relational database instance.',
    section: 'RDS',
    config: z.object({
      Engine: z.enum(RDS_ENGINES).optional().meta({ description: 'The database engine (a read replica takes its source’s).' }),
      DBInstanceClass: z.string().optional().meta({ description: 'Compute and memory, e.g. db.t3.micro, db.r6g.large.' }),
      AllocatedStorage: z.number().int().optional().meta({ unit: 'GiB', description: 'Storage size.' }),
      StorageType: z.enum(['gp2', 'gp3', 'io1', 'io2', 'standard']).default('gp2'),
      MultiAZ: z
        .boolean()
        .default(false)
        .meta({ description: 'A synchronous standby in another Availability Zone for failover; it serves no traffic.' }),
      BackupRetentionPeriod: z
        .number()
        .int()
        .default(1)
        .meta({ unit: 'days', description: 'Automated backups kept this long; 0 turns them off (and forbids read replicas).' }),
      StorageEncrypted: z.boolean().default(false),
      DeletionProtection: z.boolean().default(false),
      PubliclyAccessible: z.boolean().default(false).meta({ description: 'Reachable from outside the VPC.' }),
      environment,
    }),
    accepts: [
      {
        from: APPLICATION_KINDS,
        verb: 'queries',
        config: queryEdge(
          ['primary', 'standby'],
          'The endpoint used: the instance endpoint (the primary), or the Multi-AZ standby (which AWS gives no endpoint).',
        ),
      },
      {
        from: ['AWS::RDS::DBInstance'],
        role: 'replica',
        verb: 'replicates asynchronously to (a read replica; SourceDBInstanceIdentifier on the replica)',
      },
      { from: CACHE_KINDS, verb: CACHE_BACKING_VERB },
    ],
  },
  {
    kind: 'AWS::RDS::DBCluster',
    label: 'Aurora cluster',
    category: 'Databases',
    icon: 'aurora',
    summary: 'A relational cluster with shared storage and up to 15 replicas.',
    section: 'Aurora',
    config: z.object({
      Engine: z.enum(['aurora-mysql', 'aurora-postgresql']).optional().meta({ description: 'Aurora MySQL- or PostgreSQL-compatible.' }),
      EngineMode: z
        .enum(['provisioned', 'serverless'])
        .default('provisioned')
        .meta({ description: 'provisioned (also for Serverless v2 instances); serverless is the retired Serverless v1.' }),
      ServerlessV2ScalingConfiguration: z
        .object({ MinCapacity: z.number(), MaxCapacity: z.number() })
        .optional()
        .meta({ unit: 'ACU', description: 'Aurora Serverless v2: the capacity range its instances scale within.' }),
      GlobalClusterIdentifier: z.string().optional().meta({ description: 'The Aurora global database this cluster belongs to.' }),
      EnableGlobalWriteForwarding: z
        .boolean()
        .default(false)
        .meta({ description: 'A secondary cluster of a global database forwards writes to the primary Region.' }),
      BackupRetentionPeriod: z.number().int().default(1).meta({ unit: 'days' }),
      StorageEncrypted: z.boolean().default(false),
      DeletionProtection: z.boolean().default(false),
      readerInstances: z
        .number()
        .int()
        .default(0)
        .meta({
          description:
            'Game setting: Aurora Replicas (AWS::RDS::DBInstance resources with this cluster’s DBClusterIdentifier) besides the writer.',
        }),
      environment,
    }),
    accepts: [
      {
        from: APPLICATION_KINDS,
        verb: 'queries',
        config: queryEdge(['writer', 'reader'], 'The cluster (writer) endpoint, or the reader endpoint that balances over the Aurora Replicas.'),
      },
      {
        from: ['AWS::RDS::DBCluster'],
        role: 'replica',
        verb: 'replicates (Aurora Global Database, typically under 1 s behind) to a read-only secondary-Region cluster',
      },
      { from: CACHE_KINDS, verb: CACHE_BACKING_VERB },
    ],
  },
];
