import { notAFirehoseDestination } from './not-a-destination.ts';

export const elastiCacheReplicationGroupNotADestination = notAFirehoseDestination(
  'firehose/elasticache-replication-group-not-a-destination',
  'AWS::ElastiCache::ReplicationGroup',
);
