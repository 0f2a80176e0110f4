import type { Rule } from '../types.ts';
import { auroraGlobalSecondaryIsReadOnly } from './aurora/global-secondary-is-read-only.ts';
import { auroraGlobalSecondaryLimit } from './aurora/global-secondary-limit.ts';
import { auroraNoReplicaToFailOverTo } from './aurora/no-replica-to-fail-over-to.ts';
import { auroraReaderEndpointIsReadOnly } from './aurora/reader-endpoint-is-read-only.ts';
import { auroraReplicaLimit } from './aurora/replica-limit.ts';
import { auroraServerlessV1Retired } from './aurora/serverless-v1-retired.ts';
import { auroraServerlessV2Capacity } from './aurora/serverless-v2-capacity.ts';
import { cloudfrontAliasesNeedCertificate } from './cloudfront/aliases-need-certificate.ts';
import { cloudfrontS3OriginWithoutOac } from './cloudfront/s3-origin-without-oac.ts';
import { cloudfrontWebsiteOriginHttpOnly } from './cloudfront/website-origin-http-only.ts';
import { daxNeedsATable } from './dax/needs-a-table.ts';
import { daxReplicationFactorRange } from './dax/replication-factor-range.ts';
import { daxSingleNode } from './dax/single-node.ts';
import { daxStrongReadsNotCached } from './dax/strong-reads-not-cached.ts';
import { daxWriteHeavy } from './dax/write-heavy.ts';
import { dynamodbCapacityAtLeastOne } from './dynamodb/capacity-at-least-one.ts';
import { dynamodbCapacityWithinTableQuota } from './dynamodb/capacity-within-table-quota.ts';
import { dynamodbGsiNeedsOwnThroughput } from './dynamodb/gsi-needs-own-throughput.ts';
import { dynamodbGsiQuota } from './dynamodb/gsi-quota.ts';
import { dynamodbLsiItemCollectionLimit } from './dynamodb/lsi-item-collection-limit.ts';
import { dynamodbLsiLimit } from './dynamodb/lsi-limit.ts';
import { dynamodbLsiSamePartitionKey } from './dynamodb/lsi-same-partition-key.ts';
import { dynamodbPitrRecoveryPeriod } from './dynamodb/pitr-recovery-period.ts';
import { dynamodbStreamRequiredForLambda } from './dynamodb/stream-required-for-lambda.ts';
import { dynamodbStrongReadOnGsi } from './dynamodb/strong-read-on-gsi.ts';
import { dynamodbThroughputMatchesBillingMode } from './dynamodb/throughput-matches-billing-mode.ts';
import { dynamodbTtlNeedsAttribute } from './dynamodb/ttl-needs-attribute.ts';
import { dynamodbUnknownIndex } from './dynamodb/unknown-index.ts';
import { ebsGp3Throughput } from './ebs/gp3-throughput.ts';
import { ebsHddCannotBoot } from './ebs/hdd-cannot-boot.ts';
import { ebsIopsRange } from './ebs/iops-range.ts';
import { ebsIopsToSizeRatio } from './ebs/iops-to-size-ratio.ts';
import { ebsMultiAttach } from './ebs/multi-attach.ts';
import { ebsSizeRange } from './ebs/size-range.ts';
import { ebsVolumeInAnotherAz } from './ebs/volume-in-another-az.ts';
import { elasticacheAutomaticFailoverNeedsReplica } from './elasticache/automatic-failover-needs-replica.ts';
import { elasticacheCacheWithoutDatabase } from './elasticache/cache-without-database.ts';
import { elasticacheEngineRequired } from './elasticache/engine-required.ts';
import { elasticacheFailoverDisabled } from './elasticache/failover-disabled.ts';
import { elasticacheLazyLoadingWithoutTtl } from './elasticache/lazy-loading-without-ttl.ts';
import { elasticacheMemcachedHasNoBackups } from './elasticache/memcached-has-no-backups.ts';
import { elasticacheMemcachedCrossAzIsNotReplication } from './elasticache/memcached-cross-az-is-not-replication.ts';
import { elasticacheMemcachedHasNoReplication } from './elasticache/memcached-has-no-replication.ts';
import { elasticacheMultiAzNeedsAutomaticFailover } from './elasticache/multi-az-needs-automatic-failover.ts';
import { elasticacheRedisClusterSingleNode } from './elasticache/redis-cluster-single-node.ts';
import { elasticacheReplicaLimit } from './elasticache/replica-limit.ts';
import { elasticacheSessionStoreNeedsReplication } from './elasticache/session-store-needs-replication.ts';
import { elasticacheWriteThroughWithoutTtl } from './elasticache/write-through-without-ttl.ts';
import { rdsClientNeedsPublicAccess } from './rds/client-needs-public-access.ts';
import { rdsMultiAzForProduction } from './rds/multi-az-for-production.ts';
import { rdsReadReplicaIsEventuallyConsistent } from './rds/read-replica-is-eventually-consistent.ts';
import { rdsReadReplicaIsReadOnly } from './rds/read-replica-is-read-only.ts';
import { rdsReadReplicaLimit } from './rds/read-replica-limit.ts';
import { rdsReplicaSourceNeedsBackups } from './rds/replica-source-needs-backups.ts';
import { rdsStandbyServesNoTraffic } from './rds/standby-serves-no-traffic.ts';
import { redshiftNodeCountMatchesClusterType } from './redshift/node-count-matches-cluster-type.ts';
import { redshiftNotForTransactionalWrites } from './redshift/not-for-transactional-writes.ts';
import { s3AclWithOwnerEnforced } from './s3/acl-with-owner-enforced.ts';
import { s3BucketName } from './s3/bucket-name.ts';
import { s3ClientSideEncryptionIsNotTls } from './s3/client-side-encryption-is-not-tls.ts';
import { s3NotificationToFifoQueue } from './s3/notification-to-fifo-queue.ts';
import { s3ObjectLockNeedsVersioning } from './s3/object-lock-needs-versioning.ts';
import { s3OverlappingNotifications } from './s3/overlapping-notifications.ts';
import { s3PresignedUrlExpiry } from './s3/presigned-url-expiry.ts';
import { s3RandomPrefixNotNeeded } from './s3/random-prefix-not-needed.ts';
import { s3ReplicationNeedsVersioning } from './s3/replication-needs-versioning.ts';
import { s3SseCBlockedByDefault } from './s3/sse-c-blocked-by-default.ts';
import { s3SseCRequiresHttps } from './s3/sse-c-requires-https.ts';
import { s3TransferAccelerationName } from './s3/transfer-acceleration-name.ts';
import { s3UploadSizeLimit } from './s3/upload-size-limit.ts';
import { s3WebsiteAliasNeedsMatchingName } from './s3/website-alias-needs-matching-name.ts';
import { s3WebsiteHttpsNeedsCloudFront } from './s3/website-https-needs-cloudfront.ts';
import { s3WebsiteNeedsIndexDocument } from './s3/website-needs-index-document.ts';

/** Storage, databases and caching: S3, CloudFront, EBS, RDS, Aurora, DynamoDB, DAX, ElastiCache, Redshift. */
export const rules: Rule[] = [
  s3AclWithOwnerEnforced,
  s3BucketName,
  s3ClientSideEncryptionIsNotTls,
  s3NotificationToFifoQueue,
  s3ObjectLockNeedsVersioning,
  s3OverlappingNotifications,
  s3PresignedUrlExpiry,
  s3RandomPrefixNotNeeded,
  s3ReplicationNeedsVersioning,
  s3SseCBlockedByDefault,
  s3SseCRequiresHttps,
  s3TransferAccelerationName,
  s3UploadSizeLimit,
  s3WebsiteAliasNeedsMatchingName,
  s3WebsiteHttpsNeedsCloudFront,
  s3WebsiteNeedsIndexDocument,
  cloudfrontAliasesNeedCertificate,
  cloudfrontS3OriginWithoutOac,
  cloudfrontWebsiteOriginHttpOnly,
  ebsGp3Throughput,
  ebsHddCannotBoot,
  ebsIopsRange,
  ebsIopsToSizeRatio,
  ebsMultiAttach,
  ebsSizeRange,
  ebsVolumeInAnotherAz,
  rdsClientNeedsPublicAccess,
  rdsMultiAzForProduction,
  rdsReadReplicaIsEventuallyConsistent,
  rdsReadReplicaIsReadOnly,
  rdsReadReplicaLimit,
  rdsReplicaSourceNeedsBackups,
  rdsStandbyServesNoTraffic,
  auroraGlobalSecondaryIsReadOnly,
  auroraGlobalSecondaryLimit,
  auroraNoReplicaToFailOverTo,
  auroraReaderEndpointIsReadOnly,
  auroraReplicaLimit,
  auroraServerlessV1Retired,
  auroraServerlessV2Capacity,
  dynamodbCapacityAtLeastOne,
  dynamodbCapacityWithinTableQuota,
  dynamodbGsiNeedsOwnThroughput,
  dynamodbGsiQuota,
  dynamodbLsiItemCollectionLimit,
  dynamodbLsiLimit,
  dynamodbLsiSamePartitionKey,
  dynamodbPitrRecoveryPeriod,
  dynamodbStreamRequiredForLambda,
  dynamodbStrongReadOnGsi,
  dynamodbThroughputMatchesBillingMode,
  dynamodbTtlNeedsAttribute,
  dynamodbUnknownIndex,
  daxNeedsATable,
  daxReplicationFactorRange,
  daxSingleNode,
  daxStrongReadsNotCached,
  daxWriteHeavy,
  elasticacheAutomaticFailoverNeedsReplica,
  elasticacheCacheWithoutDatabase,
  elasticacheEngineRequired,
  elasticacheFailoverDisabled,
  elasticacheLazyLoadingWithoutTtl,
  elasticacheMemcachedHasNoBackups,
  elasticacheMemcachedCrossAzIsNotReplication,
  elasticacheMemcachedHasNoReplication,
  elasticacheMultiAzNeedsAutomaticFailover,
  elasticacheRedisClusterSingleNode,
  elasticacheReplicaLimit,
  elasticacheSessionStoreNeedsReplication,
  elasticacheWriteThroughWithoutTtl,
  redshiftNodeCountMatchesClusterType,
  redshiftNotForTransactionalWrites,
];
