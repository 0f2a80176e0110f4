import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

const CANNED_ACLS = [
  'Private',
  'PublicRead',
  'PublicReadWrite',
  'AuthenticatedRead',
  'LogDeliveryWrite',
  'BucketOwnerRead',
  'BucketOwnerFullControl',
  'AwsExecRead',
] as const;

const EncryptionRule = z.object({
  ServerSideEncryptionByDefault: z
    .object({
      SSEAlgorithm: z.enum(['AES256', 'aws:kms', 'aws:kms:dsse']).meta({ description: 'AES256 is SSE-S3; aws:kms is SSE-KMS.' }),
      KMSMasterKeyID: z.string().optional().meta({ description: 'SSE-KMS: the key; omitted means the AWS managed key aws/s3.' }),
    })
    .optional(),
  BucketKeyEnabled: z.boolean().optional().meta({ description: 'SSE-KMS: an S3 Bucket Key cuts the KMS requests.' }),
  BlockedEncryptionTypes: z
    .object({ EncryptionType: z.array(z.enum(['NONE', 'SSE-C'])) })
    .optional()
    .meta({ description: 'Encryption types uploads may not use. New buckets block SSE-C since April 2026; NONE unblocks it.' }),
});

/** What reads and writes objects through the S3 API: application code, and services that call S3 for it. */
export const S3_CLIENT_KINDS = [...APPLICATION_KINDS, 'AWS::ApiGateway::RestApi', 'AWS::StepFunctions::StateMachine'];

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::S3::Bucket',
    label: 'S3 bucket',
    category: 'Storage',
    icon: 's3',
    summary: 'Object storage with strong read-after-write consistency.',
    section: 'S3',
    config: z.object({
      BucketName: z
        .string()
        .optional()
        .meta({ description: 'Globally unique: 3–63 lowercase letters, digits, dots and hyphens. Omitted: CloudFormation generates one.' }),
      VersioningConfiguration: z
        .object({ Status: z.enum(['Enabled', 'Suspended']) })
        .optional()
        .meta({ description: 'Keeps every version of an object. Once enabled it can only be suspended, never turned off.' }),
      WebsiteConfiguration: z
        .object({
          IndexDocument: z.string().optional().meta({ description: 'The object served for a request to a folder, e.g. index.html.' }),
          ErrorDocument: z.string().optional().meta({ description: 'The object served on a 4xx error.' }),
          RedirectAllRequestsTo: z
            .object({ HostName: z.string(), Protocol: z.enum(['http', 'https']).optional() })
            .optional()
            .meta({ description: 'Redirects every request to another host instead of serving objects.' }),
          RoutingRules: z
            .array(
              z.object({
                RoutingRuleCondition: z
                  .object({ KeyPrefixEquals: z.string().optional(), HttpErrorCodeReturnedEquals: z.string().optional() })
                  .optional(),
                RedirectRule: z.object({
                  HostName: z.string().optional(),
                  Protocol: z.enum(['http', 'https']).optional(),
                  ReplaceKeyPrefixWith: z.string().optional(),
                  ReplaceKeyWith: z.string().optional(),
                  HttpRedirectCode: z.string().optional(),
                }),
              }),
            )
            .optional()
            .meta({ description: 'Conditional redirects, on a key prefix and/or an HTTP error code.' }),
        })
        .optional()
        .meta({ description: 'Static website hosting: an HTTP-only website endpoint (put CloudFront in front for HTTPS).' }),
      BucketEncryption: z
        .object({ ServerSideEncryptionConfiguration: z.array(EncryptionRule) })
        .default({
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BlockedEncryptionTypes: { EncryptionType: ['SSE-C'] } },
          ],
        })
        .meta({ description: 'Default encryption: SSE-S3 for every new object since January 2023; SSE-C blocked on new buckets since April 2026.' }),
      AccelerateConfiguration: z
        .object({ AccelerationStatus: z.enum(['Enabled', 'Suspended']) })
        .optional()
        .meta({ description: 'Transfer Acceleration: uploads enter at the nearest edge location and cross the AWS network (faster over long distances).' }),
      OwnershipControls: z
        .object({ Rules: z.array(z.object({ ObjectOwnership: z.enum(['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter']) })) })
        .default({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] })
        .meta({ description: 'Object Ownership. BucketOwnerEnforced (the default for new buckets) disables ACLs.' }),
      AccessControl: z.enum(CANNED_ACLS).optional().meta({ description: 'A canned ACL for the bucket (legacy; needs ACLs enabled).' }),
      PublicAccessBlockConfiguration: z
        .object({
          BlockPublicAcls: z.boolean().default(true),
          BlockPublicPolicy: z.boolean().default(true),
          IgnorePublicAcls: z.boolean().default(true),
          RestrictPublicBuckets: z.boolean().default(true),
        })
        .prefault({})
        .meta({ description: 'Block Public Access: all four on by default for new buckets.' }),
      ObjectLockEnabled: z.boolean().default(false).meta({ description: 'S3 Object Lock (write-once-read-many retention); needs versioning.' }),
      LoggingConfiguration: z
        .object({ DestinationBucketName: z.string().optional(), LogFilePrefix: z.string().optional() })
        .optional()
        .meta({ description: 'Server access logs, delivered to another bucket by the logging service.' }),
    }),
    accepts: [
      {
        from: S3_CLIENT_KINDS,
        verb: 'reads and writes objects in',
        config: z.object({
          operation: z.enum(['read', 'write', 'read-write']).default('read-write').meta({ description: 'GET objects, PUT objects, or both.' }),
          protocol: z.enum(['https', 'http']).default('https').meta({ description: 'The scheme of the requests.' }),
          endpoint: z
            .enum(['rest', 'website'])
            .optional()
            .meta({
              description:
                'The REST API endpoint or the static website endpoint. Omitted: the website endpoint for a client of a bucket with WebsiteConfiguration, else REST.',
            }),
          encryption: z
            .enum(['none', 'SSE-S3', 'SSE-KMS', 'SSE-C', 'client-side'])
            .default('none')
            .meta({
              description: 'The encryption headers uploads send (none: the bucket default applies), or client-side: the application encrypts before uploading.',
            }),
          multipartUpload: z.boolean().default(false).meta({ description: 'Uploads use multipart upload instead of a single PUT.' }),
          objectSizeMB: z.number().optional().meta({ unit: 'MB', description: 'The largest object the application uploads.' }),
          presignedUrlExpiresIn: z
            .number()
            .int()
            .optional()
            .meta({ unit: 's', description: 'The client uses pre-signed URLs valid this long (X-Amz-Expires).' }),
          randomKeyPrefix: z
            .boolean()
            .default(false)
            .meta({ description: 'Keys start with a random or hash prefix (an old performance practice).' }),
        }),
      },
      {
        from: ['AWS::CloudFront::Distribution'],
        role: 'origin',
        verb: 'fetches cache misses from (origin)',
        config: z.object({
          originType: z
            .enum(['rest', 'website'])
            .optional()
            .meta({
              description:
                'An S3 REST origin (S3OriginConfig) or the website endpoint as a custom origin. Omitted: website when the bucket has WebsiteConfiguration.',
            }),
          OriginAccessControlId: z
            .string()
            .optional()
            .meta({ description: 'Origin access control: CloudFront signs its requests so the bucket can stay private.' }),
          OriginProtocolPolicy: z
            .enum(['http-only', 'https-only', 'match-viewer'])
            .optional()
            .meta({ description: 'Custom (website endpoint) origins: how CloudFront connects to the origin.' }),
          OriginPath: z.string().optional().meta({ description: 'A folder of the bucket to serve from.' }),
        }),
      },
      {
        from: ['AWS::S3::Bucket'],
        role: 'replica',
        verb: 'replicates new objects to (ReplicationConfiguration rule destination)',
        config: z.object({
          StorageClass: z
            .enum(['STANDARD', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'GLACIER_IR', 'DEEP_ARCHIVE', 'REDUCED_REDUNDANCY'])
            .optional()
            .meta({ description: 'Storage class of the replicas; omitted: the source object’s class.' }),
          Prefix: z.string().optional().meta({ description: 'Only keys with this prefix replicate.' }),
        }),
      },
      {
        from: ['AWS::S3::Bucket'],
        verb: 'delivers server access logs to (LoggingConfiguration)',
        config: z.object({ LogFilePrefix: z.string().optional().meta({ description: 'Key prefix of the log objects.' }) }),
      },
      {
        from: ['AWS::Lambda::Function'],
        role: 'on-failure',
        verb: 'sends failed invocation records to (on-failure destination)',
      },
      {
        from: ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancing::LoadBalancer'],
        verb: 'delivers access logs to',
      },
      { from: ['AWS::Logs::LogGroup'], verb: 'exports log data to' },
      { from: ['AWS::CodeBuild::Project', 'AWS::CodePipeline::Pipeline'], verb: 'stores build and pipeline artifacts in' },
      {
        from: ['AWS::Route53::RecordSet'],
        verb: 'is an alias to the website endpoint of (the bucket must be named like the record)',
      },
      {
        from: ['AWS::KinesisFirehose::DeliveryStream'],
        verb: 'delivers buffered records to',
        config: z.object({
          Prefix: z.string().optional().meta({ description: 'Key prefix of the delivered objects.' }),
        }),
      },
    ],
  },
];
