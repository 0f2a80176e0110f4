import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/simulate.ts';
import { design, settings } from './designs.ts';

type Edge = Parameters<typeof design>[1][number];

/** Uploads to a bucket trigger a function asynchronously; every upload of "bad" fails. */
function uploads(functionConfig: Record<string, unknown>, failureEdges: Edge[]) {
  const nodes = [
    { id: 'users', kind: 'Actor::Client' },
    { id: 'photos', kind: 'AWS::S3::Bucket' },
    { id: 'thumbnail', kind: 'AWS::Lambda::Function', config: { Timeout: 10, ...functionConfig } },
    { id: 'failed', kind: 'AWS::SQS::Queue' },
  ];
  return design(nodes, [{ from: 'users', to: 'photos' }, { from: 'photos', to: 'thumbnail', config: { events: ['s3:ObjectCreated:*'] } }, ...failureEdges]);
}

const uploadTraffic = settings({
  seed: 11,
  traffic: [{ id: 'uploads', count: 4, ratePerSecond: 1, durationSeconds: 4, attributes: { kind: { keys: 1, prefix: 'bad' } } }],
  faults: [{ type: 'poison-message', attribute: 'kind', value: 'bad0' }],
});

describe('Lambda asynchronous invocation', () => {
  it('retries a failing event twice, about 1 and 2 minutes apart, then sends it to the dead-letter queue', () => {
    const result = simulate(uploads({}, [{ from: 'thumbnail', to: 'failed', role: 'dead-letter' }]), uploadTraffic);
    for (const record of result.messages) {
      expect(record.outcome).toBe('dead-lettered');
      expect(record.endedAt).toBe('failed');
      const attempts = result.trace.filter((entry) => entry.message === record.id && entry.event === 'processingFailed').map((entry) => entry.t);
      expect(attempts).toHaveLength(3);
      expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(60_000);
      expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(120_000);
    }
    expect(result.metrics.deadLettered).toBe(4);
  });

  it('prefers an on-failure destination, and loses the event when there is neither', () => {
    const destination = simulate(uploads({}, [{ from: 'thumbnail', to: 'failed', role: 'on-failure' }]), uploadTraffic);
    expect(destination.messages.every((record) => record.outcome === 'dead-lettered')).toBe(true);
    const lost = simulate(uploads({}, []), uploadTraffic);
    expect(lost.messages.every((record) => record.outcome === 'lost')).toBe(true);
    expect(lost.metrics.lost).toBe(4);
    expect(lost.trace.some((entry) => entry.event === 'eventLost')).toBe(true);
  });

  it('follows MaximumRetryAttempts', () => {
    const result = simulate(uploads({ MaximumRetryAttempts: 0 }, []), uploadTraffic);
    const record = result.messages[0]!;
    expect(result.trace.filter((entry) => entry.message === record.id && entry.event === 'processingFailed')).toHaveLength(1);
  });

  it('processes good events once', () => {
    const result = simulate(uploads({}, []), settings({ traffic: [{ id: 'uploads', count: 5, ratePerSecond: 1, durationSeconds: 5 }] }));
    expect(result.messages.every((record) => record.outcome === 'processed' && record.processed.length === 1 && record.processed[0]!.by === 'thumbnail')).toBe(true);
  });
});

function direct(functionConfig: Record<string, unknown>) {
  return design(
    [
      { id: 'callers', kind: 'Actor::Client' },
      { id: 'api', kind: 'AWS::Lambda::Function', config: { Timeout: 10, ...functionConfig } },
    ],
    [{ from: 'callers', to: 'api' }],
  );
}

describe('Lambda concurrency', () => {
  const busy = settings({ traffic: [{ id: 'calls', ratePerSecond: 100, durationSeconds: 10, processingMs: 500 }] });

  it('reserved concurrency caps the function and throttles the rest with 429', () => {
    const capped = simulate(direct({ ReservedConcurrentExecutions: 10 }), busy);
    expect(capped.metrics.throttles).toBeGreaterThan(0);
    expect(capped.metrics.load.api!.peak).toBeLessThanOrEqual(10);
    const throttled = capped.messages.filter((record) => record.outcome === 'throttled');
    expect(throttled.length).toBe(capped.metrics.throttles);
    expect(throttled[0]!.reason).toMatch(/429/);
    expect(capped.metrics.availability).toBeLessThan(1);

    const free = simulate(direct({}), busy);
    expect(free.metrics.throttles).toBe(0);
    expect(free.metrics.load.api!.peak).toBeGreaterThan(10);
  });

  it('the Region’s 1,000 concurrent executions throttle a function without reserved concurrency', () => {
    const flood = simulate(direct({}), settings({ traffic: [{ id: 'calls', ratePerSecond: 3000, durationSeconds: 2, processingMs: 1000 }] }));
    expect(flood.metrics.load.api!.peak).toBe(1000);
    expect(flood.metrics.throttles).toBeGreaterThan(0);
  });

  it('cold starts add latency; provisioned concurrency removes them', () => {
    const calm = settings({ traffic: [{ id: 'calls', ratePerSecond: 5, durationSeconds: 4, processingMs: 50 }] });
    const cold = simulate(direct({}), calm);
    const coldStarts = cold.trace.filter((entry) => entry.event === 'coldStart');
    expect(coldStarts.length).toBeGreaterThan(0);
    expect(cold.metrics.latencyMs.max).toBeGreaterThanOrEqual(250);
    const warm = simulate(direct({ provisionedConcurrency: 5 }), calm);
    expect(warm.trace.filter((entry) => entry.event === 'coldStart')).toHaveLength(0);
    expect(warm.metrics.latencyMs.max).toBeLessThan(200);
  });

  it('an invocation longer than Timeout fails', () => {
    const result = simulate(direct({ Timeout: 1 }), settings({ traffic: [{ id: 'calls', count: 3, ratePerSecond: 1, durationSeconds: 3, processingMs: 2000 }] }));
    expect(result.messages.every((record) => record.outcome === 'failed' && /timed out/.test(record.reason ?? ''))).toBe(true);
    expect(result.trace.some((entry) => entry.event === 'invocationTimedOut')).toBe(true);
  });
});
