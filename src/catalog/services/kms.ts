import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

/** AWS services that encrypt data at rest under a KMS key you choose (server-side encryption). */
export const KMS_INTEGRATED_KINDS = [
  'AWS::S3::Bucket',
  'AWS::DynamoDB::Table',
  'AWS::SQS::Queue',
  'AWS::SNS::Topic',
  'AWS::Kinesis::Stream',
  'AWS::KinesisFirehose::DeliveryStream',
  'AWS::EC2::Volume',
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBCluster',
  'AWS::Redshift::Cluster',
  'AWS::ElastiCache::ReplicationGroup',
  'AWS::Logs::LogGroup',
  'AWS::SSM::Parameter',
] as const;

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::KMS::Key',
    label: 'KMS key',
    category: 'Security and identity',
    icon: 'kms',
    summary: 'A managed encryption key; encrypts up to 4 KB directly, more through envelope encryption.',
    section: 'Encryption',
    config: z.object({
      KeySpec: z
        .enum([
          'SYMMETRIC_DEFAULT',
          'RSA_2048',
          'RSA_3072',
          'RSA_4096',
          'ECC_NIST_P256',
          'ECC_NIST_P384',
          'ECC_NIST_P521',
          'ECC_SECG_P256K1',
          'HMAC_224',
          'HMAC_256',
          'HMAC_384',
          'HMAC_512',
          'SM2',
        ])
        .default('SYMMETRIC_DEFAULT')
        .meta({ description: 'The key material: a symmetric AES-256 key (default), an RSA or elliptic-curve key pair, or an HMAC key.' }),
      KeyUsage: z
        .enum(['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'])
        .default('ENCRYPT_DECRYPT')
        .meta({ description: 'What the key may do.' }),
      EnableKeyRotation: z
        .boolean()
        .default(false)
        .meta({ description: 'Rotate the key material automatically (symmetric encryption keys only).' }),
      RotationPeriodInDays: z
        .number()
        .int()
        .default(365)
        .meta({ unit: 'days', description: 'How often automatic rotation runs (90 to 2,560 days).' }),
      MultiRegion: z.boolean().default(false).meta({ description: 'A multi-Region primary key that can be replicated to other Regions.' }),
      PendingWindowInDays: z
        .number()
        .int()
        .default(30)
        .meta({ unit: 'days', description: 'Waiting period before a key scheduled for deletion is deleted (7 to 30 days).' }),
      Enabled: z.boolean().default(true).meta({ description: 'A disabled key cannot be used in cryptographic operations.' }),
    }),
    accepts: [
      {
        from: [...APPLICATION_KINDS],
        verb: 'encrypts or decrypts with',
        config: z.object({
          operation: z
            .enum(['Encrypt', 'Decrypt', 'GenerateDataKey', 'Sign'])
            .default('GenerateDataKey')
            .meta({
              description:
                'Game setting: the KMS API the code calls: Encrypt sends the data itself; GenerateDataKey returns a data key (envelope encryption); Sign signs a message digest.',
            }),
          payloadBytes: z
            .number()
            .int()
            .optional()
            .meta({ unit: 'bytes', description: 'Game setting: the size of the data the code encrypts.' }),
        }),
      },
      { from: [...KMS_INTEGRATED_KINDS], verb: 'encrypts data at rest with' },
    ],
  },
];
