import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/simulate.ts';
import { design, productsDesign, productsTraffic, settings } from './designs.ts';

describe('kinds without behaviour', () => {
  it('a load balancer passes requests on to its targets; a kind with no traffic role is ignored, and the trace says so', () => {
    const result = simulate(
      design(
        [
          { id: 'users', kind: 'Actor::Client' },
          { id: 'front', kind: 'AWS::ElasticLoadBalancingV2::LoadBalancer' },
          { id: 'web', kind: 'AWS::EC2::Instance' },
          { id: 'products', kind: 'AWS::DynamoDB::Table', config: { BillingMode: 'PAY_PER_REQUEST' } },
          { id: 'key', kind: 'AWS::KMS::Key' },
        ],
        [
          { from: 'users', to: 'front' },
          { from: 'front', to: 'web', role: 'target' },
          { from: 'web', to: 'products' },
          { from: 'users', to: 'key' },
        ],
      ),
      settings({ traffic: [{ id: 'reads', operation: 'read', count: 10, ratePerSecond: 1, durationSeconds: 10, keyAttribute: 'id', attributes: { id: { keys: 3 } } }] }),
    );
    expect(result.messages.every((record) => record.processed.some((entry) => entry.by === 'products'))).toBe(true);
    expect(result.trace.some((entry) => entry.node === 'front' && entry.event === 'forwarded')).toBe(true);
    expect(result.trace.some((entry) => entry.node === 'key' && entry.event === 'ignored')).toBe(true);
  });
});

describe('DAX node failure', () => {
  it('a one-node cluster loses its cache and fails requests until the node is replaced; three nodes keep serving', () => {
    const fault = productsTraffic(40, { faults: [{ type: 'node-failure', node: 'cache', atSeconds: 10 }] });
    const single = simulate(productsDesign({ kind: 'AWS::DAX::Cluster', config: { ReplicationFactor: 1 } }), fault);
    expect(single.trace.some((entry) => entry.event === 'cacheLost')).toBe(true);
    expect(single.metrics.availability).toBeLessThan(0.9);
    const three = simulate(productsDesign({ kind: 'AWS::DAX::Cluster', config: { ReplicationFactor: 3 } }), fault);
    expect(three.trace.some((entry) => entry.event === 'failoverStarted')).toBe(true);
    expect(three.metrics.availability).toBe(1);
  });
});

describe('SQS batching window', () => {
  it('MaximumBatchingWindowInSeconds gathers messages into fuller batches', () => {
    const queue = (window: number) =>
      design(
        [
          { id: 'shop', kind: 'Actor::Client' },
          { id: 'jobs', kind: 'AWS::SQS::Queue' },
          { id: 'work', kind: 'AWS::Lambda::Function' },
        ],
        [
          { from: 'shop', to: 'jobs' },
          { from: 'jobs', to: 'work', config: { BatchSize: 10, MaximumBatchingWindowInSeconds: window } },
        ],
      );
    const traffic = settings({ traffic: [{ id: 'jobs', ratePerSecond: 20, durationSeconds: 10, processingMs: 5 }] });
    const invocations = (window: number) => simulate(queue(window), traffic).trace.filter((entry) => entry.node === 'work' && (entry.event === 'invoked' || entry.event === 'coldStart')).length;
    expect(invocations(2)).toBeLessThan(invocations(0) / 3);
  });
});

describe('faults', () => {
  it('consumer errors make messages come back after their visibility timeout; with maxReceiveCount 1 the unlucky ones are dead-lettered', () => {
    const jobs = (maxReceiveCount: number) =>
      design(
        [
          { id: 'shop', kind: 'Actor::Client' },
          { id: 'jobs', kind: 'AWS::SQS::Queue', config: { VisibilityTimeout: 5 } },
          { id: 'work', kind: 'AWS::Lambda::Function' },
          { id: 'jobs-dlq', kind: 'AWS::SQS::Queue' },
        ],
        [
          { from: 'shop', to: 'jobs' },
          { from: 'jobs', to: 'work', config: { BatchSize: 1 } },
          { from: 'jobs', to: 'jobs-dlq', role: 'dead-letter', config: { maxReceiveCount } },
        ],
      );
    const traffic = settings({ seed: 4, traffic: [{ id: 'jobs', count: 100, ratePerSecond: 10, durationSeconds: 10, processingMs: 10 }], faults: [{ type: 'consumer-errors', node: 'work', rate: 0.3 }] });
    const patient = simulate(jobs(10), traffic);
    expect(patient.trace.filter((entry) => entry.event === 'processingFailed').length).toBeGreaterThan(10);
    expect(patient.metrics.processed).toBeGreaterThanOrEqual(99);
    const strict = simulate(jobs(1), traffic);
    expect(strict.metrics.deadLettered).toBeGreaterThan(10);
    expect(strict.metrics.deadLettered + strict.metrics.processed).toBe(100);
  });

  it('an AZ failure stops a single-zone instance but not an Auto Scaling group over two zones', () => {
    const worker = (kind: 'AWS::EC2::Instance' | 'AWS::AutoScaling::AutoScalingGroup', config: Record<string, unknown>) =>
      design(
        [
          { id: 'shop', kind: 'Actor::Client' },
          { id: 'jobs', kind: 'AWS::SQS::Queue' },
          { id: 'work', kind, config },
        ],
        [
          { from: 'shop', to: 'jobs' },
          { from: 'jobs', to: 'work', config: { waitTimeSeconds: 20 } },
        ],
      );
    const traffic = settings({ drainSeconds: 60, traffic: [{ id: 'jobs', ratePerSecond: 5, durationSeconds: 20, processingMs: 10 }], faults: [{ type: 'az-failure', az: 'a', atSeconds: 5 }] });
    const single = simulate(worker('AWS::EC2::Instance', { AvailabilityZone: 'us-east-1a' }), traffic);
    expect(single.messages.filter((record) => record.outcome === 'pending').length).toBeGreaterThan(50);
    const spread = simulate(worker('AWS::AutoScaling::AutoScalingGroup', { AvailabilityZones: ['us-east-1a', 'us-east-1b'], MinSize: 2, MaxSize: 2, DesiredCapacity: 2 }), traffic);
    expect(spread.messages.every((record) => record.outcome === 'processed')).toBe(true);
  });
});
