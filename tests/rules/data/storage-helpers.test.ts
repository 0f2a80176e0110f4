import { describe, expect, it } from 'vitest';
import { replicasPerShard } from '../../../src/rules/data/elasticache/cache-facts.ts';
import { gp2BaselineIops, VOLUME_LIMITS } from '../../../src/rules/data/ebs/volume-limits.ts';
import { replicaLimit } from '../../../src/rules/data/rds/replication.ts';
import { blocksSseC } from '../../../src/rules/data/s3/bucket-facts.ts';

describe('gp2 baseline IOPS', () => {
  it('is 3 per GiB between a floor of 100 and a ceiling of 16,000', () => {
    expect(gp2BaselineIops(10)).toBe(100);
    expect(gp2BaselineIops(100)).toBe(300);
    expect(gp2BaselineIops(5_334)).toBe(16_000);
    expect(gp2BaselineIops(16_384)).toBe(16_000);
  });

  it('gp3 reaches its 80,000 IOPS ceiling only from 160 GiB (500 IOPS per GiB)', () => {
    const gp3 = VOLUME_LIMITS.gp3!.iops!;
    expect(gp3.max).toBe(80_000);
    expect(gp3.max / gp3.perGiB).toBe(160);
  });

  it('only io1 keeps the notes’ 50:1 ratio', () => {
    expect(VOLUME_LIMITS.io1!.iops!.perGiB).toBe(50);
    expect(VOLUME_LIMITS.io2!.iops!.perGiB).toBe(1_000);
  });
});

describe('RDS read replica limit per engine', () => {
  it.each([
    ['mysql', 15],
    ['mariadb', 15],
    ['postgres', 15],
    [undefined, 15],
    ['oracle-ee', 5],
    ['sqlserver-se', 5],
    ['db2-ae', 3],
  ])('%s allows %i', (engine, limit) => {
    expect(replicaLimit(engine)).toBe(limit);
  });
});

describe('ElastiCache replicas per shard', () => {
  it('counts NumCacheClusters minus the primary, or ReplicasPerNodeGroup when given', () => {
    expect(replicasPerShard({})).toBe(0);
    expect(replicasPerShard({ NumCacheClusters: 3 })).toBe(2);
    expect(replicasPerShard({ NumCacheClusters: 3, ReplicasPerNodeGroup: 1 })).toBe(1);
  });
});

describe('SSE-C blocking on a bucket', () => {
  it('is on for a bucket that says nothing, and for rules that do not unblock it', () => {
    expect(blocksSseC({})).toBe(true);
    expect(blocksSseC({ BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] } })).toBe(true);
  });

  it('is off once a rule lists BlockedEncryptionTypes NONE', () => {
    const config = { BucketEncryption: { ServerSideEncryptionConfiguration: [{ BlockedEncryptionTypes: { EncryptionType: ['NONE'] } }] } };
    expect(blocksSseC(config)).toBe(false);
  });
});
