import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/simulate.ts';
import type { DeploymentReport, Fault } from '../../../src/sim/types.ts';
import { design, settings } from '../designs.ts';

function environment(config: Record<string, unknown>, green?: Record<string, unknown>) {
  return design(
    [
      { id: 'users', kind: 'Actor::Client' },
      { id: 'blue', kind: 'AWS::ElasticBeanstalk::Environment', config: { minSize: 4, maxSize: 8, ...config } },
      ...(green ? [{ id: 'green', kind: 'AWS::ElasticBeanstalk::Environment', config: { minSize: 4, maxSize: 8, ...green } }] : []),
    ],
    [{ from: 'users', to: 'blue' }],
  );
}

function deploy(config: Record<string, unknown>, fault: Partial<Extract<Fault, { type: 'deploy' }>> = {}, green?: Record<string, unknown>) {
  const run = simulate(
    environment(config, green),
    settings({ drainSeconds: 0, traffic: [{ id: 'web', ratePerSecond: 20, durationSeconds: 900, processingMs: 5 }], faults: [{ type: 'deploy', node: 'blue', atSeconds: 60, ...fault }] }),
  );
  return { run, deployment: run.reports!.blue!.deployments![0]! as DeploymentReport };
}

describe('Elastic Beanstalk deployments under traffic', () => {
  it('all at once: fastest, but no instance serves while the version installs', () => {
    const { run, deployment } = deploy({ deploymentPolicy: 'AllAtOnce' });
    expect(deployment.outcome).toBe('deployed');
    expect(deployment.minInService).toBe(0);
    expect(deployment.downtimeMs).toBeGreaterThanOrEqual(45_000);
    expect(deployment.downtimeMs).toBeLessThanOrEqual(75_000);
    expect(deployment.extraInstances).toBe(0);
    expect(deployment.durationMs).toBeLessThan(90_000);
    expect(run.metrics.availability).toBeLessThan(0.95);
  });

  it('rolling: no downtime, half the capacity at a time, no extra instances', () => {
    const { run, deployment } = deploy({ deploymentPolicy: 'Rolling', batchSize: 50 });
    expect(deployment.downtimeMs).toBe(0);
    expect(deployment.minInService).toBe(2);
    expect(deployment.minShare).toBe(0.5);
    expect(deployment.extraInstances).toBe(0);
    expect(deployment.steps.filter((step) => step.startsWith('batchOutOfService'))).toHaveLength(2);
    expect(run.metrics.availability).toBe(1);
  });

  it('rolling with an additional batch keeps full capacity for one extra batch', () => {
    const { deployment } = deploy({ deploymentPolicy: 'RollingWithAdditionalBatch', batchSize: 50 });
    expect(deployment.minInService).toBe(4);
    expect(deployment.extraInstances).toBe(2);
    expect(deployment.downtimeMs).toBe(0);
  });

  it('immutable launches a full new fleet: full capacity, double the instances, slower', () => {
    const immutable = deploy({ deploymentPolicy: 'Immutable' }).deployment;
    const rolling = deploy({ deploymentPolicy: 'Rolling', batchSize: 50 }).deployment;
    expect(immutable.minInService).toBe(4);
    expect(immutable.extraInstances).toBe(4);
    expect(immutable.durationMs).toBeGreaterThan(rolling.durationMs);
  });

  it('a failing version: all at once is down until redeployed by hand; immutable rolls back with nothing lost', () => {
    const allAtOnce = deploy({ deploymentPolicy: 'AllAtOnce' }, { failing: true }).deployment;
    expect(allAtOnce.outcome).toBe('failed');
    expect(allAtOnce.rollback).toBe('manual-redeploy');
    expect(allAtOnce.downtimeMs).toBeGreaterThan(800_000);
    const immutable = deploy({ deploymentPolicy: 'Immutable' }, { failing: true });
    expect(immutable.deployment.outcome).toBe('rolled-back');
    expect(immutable.deployment.rollback).toBe('terminate-new-instances');
    expect(immutable.deployment.failedRequests).toBe(0);
    expect(immutable.run.metrics.availability).toBe(1);
  });

  it('traffic splitting sends a share to the new version; a failing one costs only that share before traffic shifts back', () => {
    const { deployment } = deploy({ deploymentPolicy: 'TrafficSplitting', newVersionPercent: 10 }, { failing: true });
    expect(deployment.outcome).toBe('rolled-back');
    expect(deployment.rollback).toBe('shift-traffic-back');
    // 10% of 20 requests/s for the minute it takes to notice.
    expect(deployment.failedRequests).toBeGreaterThan(60);
    expect(deployment.failedRequests).toBeLessThan(200);
    const healthy = deploy({ deploymentPolicy: 'TrafficSplitting' }).deployment;
    expect(healthy.outcome).toBe('deployed');
    expect(healthy.durationMs).toBeGreaterThan(5 * 60_000);
  });

  it('a deployment the run ends in the middle of is reported in progress', () => {
    const run = simulate(environment({ deploymentPolicy: 'Immutable' }), settings({ drainSeconds: 0, traffic: [{ id: 'web', ratePerSecond: 5, durationSeconds: 120, processingMs: 5 }], faults: [{ type: 'deploy', node: 'blue', atSeconds: 60 }] }));
    expect(run.reports!.blue!.deployments![0]!.outcome).toBe('in-progress');
  });

  it('blue/green deploys to the other environment and swaps CNAMEs: no downtime, a second fleet to pay for', () => {
    const { run, deployment } = deploy({ deploymentPolicy: 'AllAtOnce' }, { swapTo: 'green' }, {});
    expect(deployment.policy).toBe('BlueGreen');
    expect(deployment.downtimeMs).toBe(0);
    expect(deployment.extraInstances).toBe(4);
    expect(run.metrics.availability).toBe(1);
    expect(run.metrics.load.green!.processed).toBeGreaterThan(0);
    const failing = deploy({}, { swapTo: 'green', failing: true }, {}).deployment;
    expect(failing.outcome).toBe('rolled-back');
    expect(failing.failedRequests).toBe(0);
  });
});
