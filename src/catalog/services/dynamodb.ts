import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';
import { CACHE_BACKING_VERB, CACHE_KINDS } from './elasticache.ts';

const KeySchema = z
  .array(z.object({ AttributeName: z.string(), KeyType: z.enum(['HASH', 'RANGE']) }))
  .meta({ description: 'HASH is the partition key, RANGE the sort key.' });

const Projection = z
  .object({
    ProjectionType: z.enum(['ALL', 'KEYS_ONLY', 'INCLUDE']).default('KEYS_ONLY'),
    NonKeyAttributes: z.array(z.string()).optional(),
  })
  .prefault({})
  .meta({ description: 'Which attributes the index copies from the table.' });

const ProvisionedThroughput = z
  .object({
    ReadCapacityUnits: z.number().int().meta({ unit: 'RCU', description: 'One strongly consistent (or two eventually consistent) reads/s of up to 4 KB.' }),
    WriteCapacityUnits: z.number().int().meta({ unit: 'WCU', description: 'One write/s of up to 1 KB.' }),
  })
  .meta({ description: 'Required in PROVISIONED billing mode; not allowed in PAY_PER_REQUEST.' });

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::DynamoDB::Table',
    label: 'DynamoDB table',
    category: 'Databases',
    icon: 'dynamodb',
    summary: 'A key-value and document table with single-digit millisecond reads.',
    section: 'DynamoDB',
    config: z.object({
      TableName: z.string().optional(),
      BillingMode: z
        .enum(['PROVISIONED', 'PAY_PER_REQUEST'])
        .default('PROVISIONED')
        .meta({ description: 'Provisioned capacity units, or on-demand (pay per request).' }),
      ProvisionedThroughput: ProvisionedThroughput.optional(),
      KeySchema: KeySchema.optional(),
      AttributeDefinitions: z
        .array(z.object({ AttributeName: z.string(), AttributeType: z.enum(['S', 'N', 'B']) }))
        .optional()
        .meta({ description: 'Types of the attributes used in the table’s and indexes’ key schemas.' }),
      GlobalSecondaryIndexes: z
        .array(
          z.object({
            IndexName: z.string(),
            KeySchema,
            Projection,
            ProvisionedThroughput: ProvisionedThroughput.optional(),
          }),
        )
        .default([])
        .meta({ description: 'Any partition and sort key; added any time; own throughput; eventually consistent reads only.' }),
      LocalSecondaryIndexes: z
        .array(z.object({ IndexName: z.string(), KeySchema, Projection }))
        .default([])
        .meta({ description: 'Same partition key, another sort key; only at table creation; shares the table’s throughput.' }),
      StreamSpecification: z
        .object({ StreamViewType: z.enum(['KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES']) })
        .optional()
        .meta({ description: 'DynamoDB Streams: item-level changes kept 24 hours, e.g. for a Lambda trigger.' }),
      TimeToLiveSpecification: z
        .object({ AttributeName: z.string().optional(), Enabled: z.boolean() })
        .optional()
        .meta({ description: 'TTL: items expire at the epoch-seconds time held in AttributeName.' }),
      PointInTimeRecoverySpecification: z
        .object({
          PointInTimeRecoveryEnabled: z.boolean().default(false),
          RecoveryPeriodInDays: z.number().int().default(35).meta({ unit: 'days', description: 'How far back you can restore.' }),
        })
        .prefault({})
        .meta({ description: 'Continuous backups for point-in-time restore.' }),
      SSESpecification: z
        .object({ SSEEnabled: z.boolean().default(false), SSEType: z.literal('KMS').optional(), KMSMasterKeyId: z.string().optional() })
        .prefault({})
        .meta({ description: 'Always encrypted at rest; SSEEnabled true uses a KMS key instead of an AWS owned key.' }),
      TableClass: z.enum(['STANDARD', 'STANDARD_INFREQUENT_ACCESS']).default('STANDARD'),
      DeletionProtectionEnabled: z.boolean().default(false),
    }),
    accepts: [
      {
        from: [...APPLICATION_KINDS, 'AWS::ApiGateway::RestApi', 'AWS::StepFunctions::StateMachine'],
        verb: 'reads and writes items in',
        config: z.object({
          operation: z.enum(['read', 'write', 'read-write']).default('read-write').meta({ description: 'Reads, writes, or both.' }),
          consistentRead: z
            .boolean()
            .default(false)
            .meta({ description: 'ConsistentRead on GetItem/Query/Scan: strongly consistent, at twice the read units. Default eventual.' }),
          index: z.string().optional().meta({ description: 'The IndexName the reads query (a GSI or LSI of the table).' }),
          transactional: z
            .boolean()
            .default(false)
            .meta({ description: 'TransactGetItems/TransactWriteItems: all-or-nothing, at twice the capacity.' }),
        }),
      },
      { from: ['AWS::DAX::Cluster'], verb: 'reads through and writes through to' },
      { from: CACHE_KINDS, verb: CACHE_BACKING_VERB },
    ],
  },
];
