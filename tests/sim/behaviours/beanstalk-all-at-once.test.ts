import { describe, expect, it } from 'vitest';
import { batchInstancesFor, runBeanstalkDeployment } from '../../../src/rules/compute/processes/beanstalk-deployment.ts';
import { simulate } from '../../../src/sim/simulate.ts';
import type { DeploymentReport } from '../../../src/sim/types.ts';
import { design, settings } from '../designs.ts';

function deploy(config: Record<string, unknown>): DeploymentReport {
  const run = simulate(
    design(
      [
        { id: 'users', kind: 'Actor::Client' },
        { id: 'web', kind: 'AWS::ElasticBeanstalk::Environment', config: { minSize: 4, maxSize: 8, ...config } },
      ],
      [{ from: 'users', to: 'web' }],
    ),
    settings({ drainSeconds: 0, traffic: [{ id: 'web', ratePerSecond: 20, durationSeconds: 300, processingMs: 5 }], faults: [{ type: 'deploy', node: 'web', atSeconds: 60 }] }),
  );
  return run.reports!.web!.deployments![0]!;
}

describe('all at once ignores the batch size', () => {
  it('the machine makes one batch of every instance whatever BatchSize says', () => {
    expect(batchInstancesFor({ policy: 'AllAtOnce', instances: 4, batchInstances: 1 })).toBe(4);
    expect(batchInstancesFor({ policy: 'Rolling', instances: 4, batchInstances: 1 })).toBe(1);
    const run = runBeanstalkDeployment({ policy: 'AllAtOnce', instances: 4, batchInstances: 1 });
    expect(run).toMatchObject({ outcome: 'deployed', lowestInService: 0, batches: 1, updated: 4 });
  });

  it('with batchSize 1 (Fixed), an AllAtOnce deployment still takes all 4 instances out: downtime', () => {
    const deployment = deploy({ deploymentPolicy: 'AllAtOnce', batchSizeType: 'Fixed', batchSize: 1 });
    expect(deployment.outcome).toBe('deployed');
    expect(deployment.minInService).toBe(0);
    expect(deployment.downtimeMs).toBeGreaterThanOrEqual(45_000);
    expect(deployment.steps.filter((step) => step.startsWith('batchOutOfService'))).toEqual(['batchOutOfService: batch 1: 4 instance(s) out of service to install the new version']);
  });

  it('the same batch size still shapes a rolling deployment: one instance at a time, no downtime', () => {
    const deployment = deploy({ deploymentPolicy: 'Rolling', batchSizeType: 'Fixed', batchSize: 1 });
    expect(deployment.minInService).toBe(3);
    expect(deployment.downtimeMs).toBe(0);
    expect(deployment.steps.filter((step) => step.startsWith('batchOutOfService'))).toHaveLength(4);
  });
});
