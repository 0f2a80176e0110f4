import { notAFirehoseDestination } from './not-a-destination.ts';

export const elastiCacheClusterNotADestination = notAFirehoseDestination(
  'firehose/elasticache-cluster-not-a-destination',
  'AWS::ElastiCache::CacheCluster',
);
