import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/simulate.ts';
import { design, productsTraffic, settings } from './designs.ts';

/** Shoppers → web server → on-demand table: every read is aggregated, none is throttled. */
function onDemandProducts() {
  return design(
    [
      { id: 'shoppers', kind: 'Actor::Client' },
      { id: 'web', kind: 'AWS::EC2::Instance', config: { AvailabilityZone: 'us-east-1a' } },
      { id: 'products', kind: 'AWS::DynamoDB::Table', config: { BillingMode: 'PAY_PER_REQUEST' } },
    ],
    [
      { from: 'shoppers', to: 'web' },
      { from: 'web', to: 'products' },
    ],
  );
}

describe('failed requests and latency', () => {
  it('a request that fails counts against availability and leaves the latency percentiles alone', () => {
    const healthy = simulate(onDemandProducts(), productsTraffic(10));
    // The server dies at 4 s for good: 60% of the requests fail at once.
    const dying = simulate(onDemandProducts(), productsTraffic(10, { faults: [{ type: 'node-failure', node: 'web', atSeconds: 4 }] }));
    expect(dying.metrics.availability).toBeGreaterThan(0.35);
    expect(dying.metrics.availability).toBeLessThan(0.45);
    expect(dying.aggregated!.reads!.failed).toBeGreaterThan(10_000);
    // The answered reads took as long as they did without the failure.
    expect(healthy.metrics.latencyMs.p50).toBeGreaterThan(1);
    expect(dying.metrics.latencyMs.p50).toBeCloseTo(healthy.metrics.latencyMs.p50, 1);
    expect(dying.metrics.latencyMs.p95).toBeCloseTo(healthy.metrics.latencyMs.p95, 1);
  });

  it('an aggregated stream reports its own latency percentiles', () => {
    const reads = simulate(onDemandProducts(), settings({ traffic: [{ id: 'reads', operation: 'read', ratePerSecond: 500, durationSeconds: 5, keyAttribute: 'product', attributes: { product: { keys: 100 } } }] }));
    expect(reads.aggregated!.reads!.latencyMs).toEqual(reads.metrics.latencyMs);
    expect(reads.metrics.latencyMs.p50).toBeGreaterThan(0);
  });
});
