import { describe, expect, it } from 'vitest';
import { DYNAMODB_PER_RCU_HOUR, DYNAMODB_PER_WCU_HOUR, HOURS_PER_MONTH, LAMBDA_PER_GB_SECOND, LAMBDA_PER_MILLION_REQUESTS, MS_PER_MONTH, SQS_STANDARD_PER_MILLION_REQUESTS } from '../../src/sim/core/prices.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { design, productsDesign, productsTraffic, settings } from './designs.ts';

describe('estimated monthly cost', () => {
  it('provisioned capacity is billed per unit-hour for 730 hours, whatever the traffic', () => {
    const result = simulate(productsDesign(undefined), productsTraffic(10));
    const expected = (400 * DYNAMODB_PER_RCU_HOUR + 50 * DYNAMODB_PER_WCU_HOUR) * HOURS_PER_MONTH;
    expect(result.metrics.costByNode.products).toBeCloseTo(expected, 2);
  });

  it('requests scale from the run to a month: Lambda requests and GB-seconds, SQS requests per 64 KB', () => {
    const result = simulate(
      design(
        [
          { id: 'shop', kind: 'Actor::Client' },
          { id: 'jobs', kind: 'AWS::SQS::Queue' },
          { id: 'work', kind: 'AWS::Lambda::Function', config: { MemorySize: 1024, provisionedConcurrency: 50 } },
        ],
        [
          { from: 'shop', to: 'jobs' },
          { from: 'jobs', to: 'work', config: { BatchSize: 1 } },
        ],
      ),
      settings({ drainSeconds: 0, traffic: [{ id: 'jobs', count: 100, ratePerSecond: 1, durationSeconds: 100, payloadBytes: 100 * 1024, processingMs: 100 }] }),
    );
    const scale = MS_PER_MONTH / result.durationMs;
    const invocations = 100 * scale;
    const lambdaMin = (invocations / 1e6) * LAMBDA_PER_MILLION_REQUESTS + invocations * 0.1 * LAMBDA_PER_GB_SECOND;
    expect(result.metrics.costByNode.work).toBeGreaterThanOrEqual(Math.floor(lambdaMin * 100) / 100);
    expect(result.metrics.costByNode.work).toBeLessThan(lambdaMin * 1.3);
    // Each 100 KB send is two 64 KB requests, plus a receive and a delete per message and Lambda's idle polling.
    const sqsAtLeast = ((100 * 4 * scale) / 1e6) * SQS_STANDARD_PER_MILLION_REQUESTS;
    expect(result.metrics.costByNode.jobs).toBeGreaterThanOrEqual(Math.floor(sqsAtLeast * 100) / 100);
    expect(result.metrics.monthlyCostUsd).toBeCloseTo(Object.values(result.metrics.costByNode).reduce((a, b) => a + b, 0), 1);
  });
});
