import { describe, expect, it } from 'vitest';
import { readUnits, writeUnits } from '../../src/sim/behaviours/dynamodb/units.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { design, productsDesign, productsTraffic, settings } from './designs.ts';

function table(config: Record<string, unknown>, edge: Record<string, unknown> = {}) {
  return design(
    [
      { id: 'app', kind: 'Actor::Client' },
      { id: 'items', kind: 'AWS::DynamoDB::Table', config },
    ],
    [{ from: 'app', to: 'items', config: edge }],
  );
}
const provisioned = (rcu: number) => ({ BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: rcu, WriteCapacityUnits: 5 } });
const reads = (rate: number, seconds: number, bytes: number, faults: unknown[] = []) =>
  settings({ traffic: [{ id: 'reads', operation: 'read', ratePerSecond: rate, durationSeconds: seconds, payloadBytes: bytes, keyAttribute: 'id', attributes: { id: { keys: 100 } } }], faults });

describe('DynamoDB capacity', () => {
  it('counts read and write units per item: 4 KB per read unit, 1 KB per write unit, rounded up', () => {
    expect(readUnits(15 * 1024, true)).toBe(4);
    expect(readUnits(15 * 1024, false)).toBe(2);
    expect(readUnits(5 * 1024, false, true)).toBe(4);
    expect(readUnits(100, true)).toBe(1);
    expect(writeUnits(2.5 * 1024)).toBe(3);
    expect(writeUnits(1024, true)).toBe(2);
  });

  it('throttles reads above the provisioned read capacity once the burst capacity is spent', () => {
    const result = simulate(table(provisioned(10), { consistentRead: true }), reads(50, 60, 4096));
    expect(result.metrics.throttles).toBeGreaterThan(1000);
    expect(result.aggregated!.reads!.throttled).toBe(result.metrics.throttles);
    expect(result.trace.some((entry) => entry.event === 'provisionedThroughputExceeded')).toBe(true);
    // Eventually consistent reads cost half: 25 units/s still over 10, but fewer throttles.
    const eventual = simulate(table(provisioned(10)), reads(50, 60, 4096));
    expect(eventual.metrics.throttles).toBeLessThan(result.metrics.throttles);
    expect(simulate(table({ BillingMode: 'PAY_PER_REQUEST' }, { consistentRead: true }), reads(50, 60, 4096)).metrics.throttles).toBe(0);
  });

  it('burst capacity absorbs a short spike after a quiet spell, not a long one', () => {
    const spike = (seconds: number) => reads(10, 90, 2048, [{ type: 'burst', multiplier: 10, atSeconds: 60, durationSeconds: seconds }]);
    expect(simulate(table(provisioned(10)), spike(3)).metrics.throttles).toBe(0);
    expect(simulate(table(provisioned(10)), spike(30)).metrics.throttles).toBeGreaterThan(0);
  });
});

describe('caches in front of DynamoDB', () => {
  const noFault = productsTraffic(60);

  it('DAX answers eventually consistent reads from its item cache in well under a millisecond', () => {
    const result = simulate(productsDesign({ kind: 'AWS::DAX::Cluster' }), noFault);
    expect(result.metrics.load.cache!.cache!.hits).toBeGreaterThan(100_000);
    expect(result.metrics.latencyMs.p50).toBeLessThan(0.5);
    expect(result.metrics.throttles).toBe(0);
  });

  it('DAX passes strongly consistent reads to the table uncached', () => {
    const result = simulate(productsDesign({ kind: 'AWS::DAX::Cluster', edge: { consistentRead: true } }), noFault);
    expect(result.metrics.load.cache!.cache!.hits).toBe(0);
    expect(result.metrics.load.products!.received).toBeGreaterThan(120_000);
    expect(result.metrics.throttles).toBeGreaterThan(0);
  });

  it('lazy loading serves stale values, at most the TTL old', () => {
    const result = simulate(productsDesign({ kind: 'AWS::ElastiCache::CacheCluster', config: { Engine: 'redis' }, edge: { strategy: 'lazy-loading', ttlSeconds: 10 } }), noFault);
    expect(result.metrics.staleReads).toBeGreaterThan(0);
    expect(result.metrics.maxStalenessMs).toBeLessThanOrEqual(10_000);
    const noTtl = simulate(productsDesign({ kind: 'AWS::ElastiCache::CacheCluster', config: { Engine: 'redis' }, edge: { strategy: 'lazy-loading' } }), noFault);
    expect(noTtl.metrics.maxStalenessMs).toBeGreaterThan(20_000);
  });

  it('write-through is never stale, and every write pays for the cache', () => {
    const result = simulate(productsDesign({ kind: 'AWS::ElastiCache::CacheCluster', config: { Engine: 'redis' }, edge: { strategy: 'write-through' } }), noFault);
    expect(result.metrics.staleReads).toBe(0);
    expect(result.metrics.maxStalenessMs).toBe(0);
  });

  it('a Memcached node failure empties its share of the cache: reads go to the database until it warms again', () => {
    const memcached = { kind: 'AWS::ElastiCache::CacheCluster' as const, config: { Engine: 'memcached', NumCacheNodes: 2 }, edge: { ttlSeconds: 300 } };
    const calm = simulate(productsDesign(memcached), noFault);
    const failed = simulate(productsDesign(memcached), productsTraffic(60, { faults: [{ type: 'node-failure', node: 'cache', atSeconds: 30 }] }));
    expect(failed.trace.some((entry) => entry.event === 'cacheLost')).toBe(true);
    expect(failed.metrics.load.cache!.cache!.misses).toBeGreaterThan(calm.metrics.load.cache!.cache!.misses * 3);
    expect(failed.metrics.load.products!.received).toBeGreaterThan(calm.metrics.load.products!.received * 3);
    expect(failed.metrics.latencyMs.p95).toBeGreaterThan(calm.metrics.latencyMs.p95);
  });

  it('a Redis replication group with a Multi-AZ replica fails over and keeps its data', () => {
    const redis = (multiAz: boolean) => ({
      kind: 'AWS::ElastiCache::ReplicationGroup' as const,
      config: { NumCacheClusters: 2, AutomaticFailoverEnabled: true, MultiAZEnabled: multiAz },
      edge: { ttlSeconds: 300 },
    });
    const calm = simulate(productsDesign(redis(true)), noFault);
    const azDown = productsTraffic(60, { faults: [{ type: 'az-failure', az: 'a', atSeconds: 30 }] });
    const multiAz = simulate(productsDesign(redis(true)), azDown);
    expect(multiAz.trace.some((entry) => entry.event === 'failoverStarted')).toBe(true);
    expect(multiAz.trace.some((entry) => entry.event === 'cacheLost')).toBe(false);
    expect(multiAz.metrics.load.cache!.cache!.misses).toBeLessThan(calm.metrics.load.cache!.cache!.misses * 1.2);
    expect(multiAz.metrics.latencyMs.p95).toBeLessThan(5);
    // Without Multi-AZ the replica sits in the failed zone too: the data is lost.
    const singleAz = simulate(productsDesign(redis(false)), azDown);
    expect(singleAz.trace.some((entry) => entry.event === 'cacheLost')).toBe(true);
  });

  it('without a cache, 2,000 reads/s against 400 read units throttle', () => {
    const result = simulate(productsDesign(undefined), noFault);
    expect(result.metrics.throttles).toBeGreaterThan(10_000);
    expect(result.metrics.availability).toBeLessThan(0.9);
  });
});

describe('DynamoDB Streams', () => {
  it('each write becomes a stream record that a Lambda function processes in order per item', () => {
    const result = simulate(
      design(
        [
          { id: 'app', kind: 'Actor::Client' },
          { id: 'web', kind: 'AWS::EC2::Instance' },
          { id: 'orders', kind: 'AWS::DynamoDB::Table', config: { BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamViewType: 'NEW_IMAGE' } } },
          { id: 'notify', kind: 'AWS::Lambda::Function' },
        ],
        [
          { from: 'app', to: 'web' },
          { from: 'web', to: 'orders' },
          { from: 'orders', to: 'notify', config: { BatchSize: 10 } },
        ],
      ),
      settings({ orderBy: 'id', traffic: [{ id: 'writes', operation: 'write', ratePerSecond: 20, durationSeconds: 10, keyAttribute: 'id', attributes: { id: { keys: 5 } } }] }),
    );
    expect(result.aggregated).toBeUndefined();
    expect(result.messages).toHaveLength(200);
    for (const record of result.messages) expect(record.processed.map((entry) => entry.by)).toContain('notify');
    expect(result.metrics.outOfOrder).toBe(0);
  });
});
