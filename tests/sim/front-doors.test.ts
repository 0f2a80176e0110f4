import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/simulate.ts';
import { design, settings } from './designs.ts';

function api(config: Record<string, unknown>) {
  return design(
    [
      { id: 'browsers', kind: 'Actor::Client' },
      { id: 'api', kind: 'AWS::ApiGateway::RestApi', config },
      { id: 'catalog', kind: 'AWS::Lambda::Function', config: { durationMs: 40 } },
      { id: 'products', kind: 'AWS::DynamoDB::Table', config: { BillingMode: 'PAY_PER_REQUEST' } },
    ],
    [
      { from: 'browsers', to: 'api' },
      { from: 'api', to: 'catalog' },
      { from: 'catalog', to: 'products' },
    ],
  );
}
const productReads = (rate: number) => settings({ traffic: [{ id: 'reads', operation: 'read', ratePerSecond: rate, durationSeconds: 10, keyAttribute: 'id', attributes: { id: { keys: 20 } } }] });

describe('API Gateway', () => {
  it('the stage cache answers repeated reads within the TTL without calling the integration', () => {
    const uncached = simulate(api({}), productReads(50));
    const cached = simulate(api({ CacheClusterEnabled: true, cacheTtlInSeconds: 300 }), productReads(50));
    expect(uncached.metrics.load.catalog!.processed).toBe(500);
    expect(cached.metrics.load.catalog!.processed).toBeLessThan(60);
    expect(cached.metrics.load.api!.cache!.hits).toBeGreaterThan(400);
    expect(cached.metrics.latencyMs.p50).toBeLessThan(uncached.metrics.latencyMs.p50);
    expect(cached.messages.every((record) => record.outcome === 'processed')).toBe(true);
    // TTL 0 turns caching off.
    expect(simulate(api({ CacheClusterEnabled: true, cacheTtlInSeconds: 0 }), productReads(50)).metrics.load.catalog!.processed).toBe(500);
  });

  it('throttles above the rate and burst limits with 429', () => {
    const result = simulate(api({ throttlingRateLimit: 20, throttlingBurstLimit: 10 }), productReads(100));
    expect(result.metrics.throttles).toBeGreaterThan(500);
    expect(result.messages.filter((record) => record.outcome === 'throttled').every((record) => record.reason === '429 Too Many Requests')).toBe(true);
    expect(result.metrics.load.catalog!.processed).toBeLessThanOrEqual(20 * 10 + 10 + 20);
  });

  it('reads through API Gateway → Lambda → DynamoDB report the whole round trip', () => {
    const result = simulate(api({}), productReads(5));
    for (const record of result.messages) {
      expect(record.processed[0]!.by).toBe('products');
      expect(record.latencyMs!).toBeGreaterThan(40);
    }
  });
});

describe('SNS fan-out and S3 notifications', () => {
  it('every subscriber gets a copy: queues, functions and endpoints outside AWS', () => {
    const result = simulate(
      design(
        [
          { id: 'shop', kind: 'Actor::Client' },
          { id: 'orders', kind: 'AWS::SNS::Topic' },
          { id: 'billing', kind: 'AWS::SQS::Queue' },
          { id: 'bill', kind: 'AWS::Lambda::Function' },
          { id: 'audit', kind: 'AWS::Lambda::Function' },
          { id: 'ops-pager', kind: 'Actor::Client' },
        ],
        [
          { from: 'shop', to: 'orders' },
          { from: 'orders', to: 'billing' },
          { from: 'billing', to: 'bill' },
          { from: 'orders', to: 'audit' },
          { from: 'orders', to: 'ops-pager', config: { protocol: 'email' } },
        ],
      ),
      settings({ traffic: [{ id: 'orders', count: 20, ratePerSecond: 2, durationSeconds: 10 }] }),
    );
    for (const record of result.messages) expect(record.processed.map((entry) => entry.by).sort()).toEqual(['audit', 'bill', 'ops-pager']);
    expect(result.metrics.duplicates).toBe(0);
    expect(result.metrics.costByNode.orders).toBeGreaterThan(0);
  });

  it('a FIFO topic delivers only to FIFO queues, keeping the message group', () => {
    const result = simulate(
      design(
        [
          { id: 'shop', kind: 'Actor::Client' },
          { id: 'orders', kind: 'AWS::SNS::Topic', config: { FifoTopic: true, ContentBasedDeduplication: true } },
          { id: 'fifo', kind: 'AWS::SQS::Queue', config: { FifoQueue: true } },
          { id: 'standard', kind: 'AWS::SQS::Queue' },
          { id: 'ship', kind: 'AWS::Lambda::Function' },
          { id: 'other', kind: 'AWS::Lambda::Function' },
        ],
        [
          { from: 'shop', to: 'orders', config: { messageGroupId: 'customerId' } },
          { from: 'orders', to: 'fifo' },
          { from: 'orders', to: 'standard' },
          { from: 'fifo', to: 'ship' },
          { from: 'standard', to: 'other' },
        ],
      ),
      settings({ traffic: [{ id: 'orders', count: 30, ratePerSecond: 3, durationSeconds: 10, attributes: { customerId: { keys: 3 }, orderId: { sequence: true } } }] }),
    );
    expect(result.messages.every((record) => record.processed.length === 1 && record.processed[0]!.by === 'ship')).toBe(true);
    expect(result.metrics.outOfOrder).toBe(0);
  });

  it('an object upload notifies a function asynchronously and a queue', () => {
    const result = simulate(
      design(
        [
          { id: 'users', kind: 'Actor::Client' },
          { id: 'uploads', kind: 'AWS::S3::Bucket' },
          { id: 'resize', kind: 'AWS::Lambda::Function' },
          { id: 'index', kind: 'AWS::SQS::Queue' },
          { id: 'indexer', kind: 'AWS::ECS::Service' },
        ],
        [
          { from: 'users', to: 'uploads' },
          { from: 'uploads', to: 'resize', config: { events: ['s3:ObjectCreated:*'] } },
          { from: 'uploads', to: 'index', config: { events: ['s3:ObjectCreated:Put'] } },
          { from: 'index', to: 'indexer', config: { waitTimeSeconds: 20 } },
        ],
      ),
      settings({ traffic: [{ id: 'uploads', count: 10, ratePerSecond: 1, durationSeconds: 10 }] }),
    );
    for (const record of result.messages) expect(record.processed.map((entry) => entry.by).sort()).toEqual(['indexer', 'resize']);
    expect(result.trace.some((entry) => entry.event === 'eventQueued' && entry.node === 'resize')).toBe(true);
  });
});
