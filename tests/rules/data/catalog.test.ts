import { describe, expect, it } from 'vitest';
import { componentFor } from '../../../src/catalog/index.ts';

describe('storage, database and caching catalog', () => {
  it('fills in the defaults the rules rely on', () => {
    expect(componentFor('AWS::DynamoDB::Table')!.config.parse({})).toMatchObject({
      BillingMode: 'PROVISIONED',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false, RecoveryPeriodInDays: 35 },
    });
    expect(componentFor('AWS::EC2::Volume')!.config.parse({})).toMatchObject({ VolumeType: 'gp2', MultiAttachEnabled: false });
    expect(componentFor('AWS::ElastiCache::ReplicationGroup')!.config.parse({})).toMatchObject({
      Engine: 'redis',
      AutomaticFailoverEnabled: false,
      MultiAZEnabled: false,
    });
    expect(componentFor('AWS::CloudFront::Distribution')!.config.parse({})).toMatchObject({
      DistributionConfig: { Enabled: true, DefaultCacheBehavior: { ViewerProtocolPolicy: 'allow-all' } },
    });
  });

  it('keeps the caches out of reach of clients outside AWS (they live in a VPC)', () => {
    for (const kind of ['AWS::DAX::Cluster', 'AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup']) {
      expect(componentFor(kind)!.accepts.some((acceptance) => acceptance.from.includes('Actor::Client'))).toBe(false);
    }
  });

  it('rejects a config value of the wrong type', () => {
    const parsed = componentFor('AWS::EC2::Volume')!.config.safeParse({ VolumeType: 'gp9', Size: '100' });
    expect(parsed.success).toBe(false);
  });
});
