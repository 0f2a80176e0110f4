import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../src/sim/types.ts';
import { judgeOne, message, queueDesign, run, scenario } from './helpers.ts';

/** Read and write streams the simulation runs request by request keep totals per stream, not records. */
const level = scenario({
  simulation: {
    traffic: [{ id: 'reads', operation: 'read', ratePerSecond: 100, durationSeconds: 60 }],
    faults: [{ type: 'node-failure', node: 'cache', atSeconds: 30 }],
  },
});
const aggregated = (summary: NonNullable<SimulationResult['aggregated']>[string], metrics = {}): SimulationResult => ({
  ...run([], metrics),
  aggregated: { reads: summary },
});
const totals = { requests: 6000, ok: 5990, throttled: 10, failed: 0, staleReads: 0 };

describe('requirements judged from per-stream totals', () => {
  it('latency uses the stream\'s own percentiles and the fault window', () => {
    const requirement = { id: 'fast', label: 'p95 under 5 ms', type: 'latency', stream: 'reads', atMostMs: 5 };
    const slow = aggregated({ ...totals, latencyMs: { p50: 1, p95: 7.5, p99: 9, max: 20 }, duringFaults: [{ requests: 3000, ok: 2990, latencyMs: { p50: 3, p95: 12, p99: 15, max: 20 } }] }, { latencyMs: { p50: 0, p95: 1, p99: 1, max: 1 } });
    const result = judgeOne(requirement, queueDesign(), slow, level);
    expect(result.passed).toBe(false);
    expect(result.message).toBe('The p95 latency was 7.50 ms over 6,000 requests; the bound is 5 ms (during the failure of cache it was 12.00 ms).');
    expect(judgeOne(requirement, queueDesign(), aggregated({ ...totals, latencyMs: { p50: 1, p95: 2, p99: 3, max: 4 } }), level).passed).toBe(true);
  });

  it('availability during a fault uses the window totals, and says so when only whole-run totals exist', () => {
    const requirement = { id: 'up', label: '99.9% answered', type: 'availability', stream: 'reads', atLeast: 0.999, duringFault: 0 };
    const window = judgeOne(requirement, queueDesign(), aggregated({ ...totals, duringFaults: [{ requests: 3000, ok: 2700 }] }), level);
    expect(window.passed).toBe(false);
    expect(window.message).toMatch(/^90\.00% of 3,000 requests were answered during the failure of cache \(from t = 30 s\)/);
    const whole = judgeOne(requirement, queueDesign(), aggregated(totals), level);
    expect(whole.passed).toBe(false);
    expect(whole.message).toMatch(/^99\.83% of 6,000 requests were answered over the whole run, the failure of cache included/);
  });

  it('staleness uses the stream\'s worst staleness', () => {
    const requirement = { id: 'fresh', label: '300 s', type: 'staleness', stream: 'reads', atMostSeconds: 300 };
    const result = judgeOne(requirement, queueDesign(), aggregated({ ...totals, maxStalenessMs: 356_090 }), level);
    expect(result.passed).toBe(false);
    expect(result.message).toBe('The stalest read was 356.09 s old; the bound is 300 s.');
    expect(judgeOne(requirement, queueDesign(), aggregated({ ...totals, maxStalenessMs: 299_000 }), level).passed).toBe(true);
  });
});

describe('processed-by (fan-out)', () => {
  const requirement = { id: 'all-teams', label: 'Every order reaches three teams', type: 'processed-by', atLeast: 3, messageName: 'orderId' };
  it('passes when each message reached enough different consumers', () => {
    const fanned = message('m1', { processed: ['billing', 'shipping', 'analytics'].map((by, i) => ({ at: i, by })) });
    expect(judgeOne(requirement, queueDesign(), run([fanned])).passed).toBe(true);
  });

  it('fails naming the consumers a message reached; one consumer twice does not count as two', () => {
    const competing = message('m1', { attributes: { orderId: '5' }, processed: [{ at: 1, by: 'billing' }, { at: 2, by: 'billing' }, { at: 3, by: 'shipping' }] });
    const result = judgeOne(requirement, queueDesign(), run([competing]));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^orderId 5 was processed by only billing, shipping; every message must reach 3 consumers/);
    expect(result.fix).toMatch(/SNS topic/);
  });
});

describe('ordered with concurrentWithinMs', () => {
  const click = (id: string, sentAt: number, at: number) => message(id, { attributes: { userId: 'u1' }, sentAt, processed: [{ at, by: 'analyser' }] });
  const requirement = { id: 'in-order', label: 'In order', type: 'ordered', attribute: 'userId' };
  it('treats messages sent closer together than the bound as simultaneous, but not those further apart', () => {
    const close = run([click('a', 0, 50), click('b', 40, 30)]);
    expect(judgeOne(requirement, queueDesign(), close).passed).toBe(false);
    expect(judgeOne({ ...requirement, concurrentWithinMs: 100 }, queueDesign(), close).passed).toBe(true);
    const apart = run([click('a', 0, 500), click('b', 40, 30), click('c', 200, 400)]);
    const result = judgeOne({ ...requirement, concurrentWithinMs: 100 }, queueDesign(), apart);
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^messages a and c of userId u1 were processed out of order at t = 0\.4 s/);
  });
});
