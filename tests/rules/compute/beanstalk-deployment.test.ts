import { describe, expect, it } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import {
  type BeanstalkDeploymentInput,
  batchInstances,
  beanstalkDeploymentMachine,
  type DeploymentPolicy,
  runBeanstalkDeployment,
} from '../../../src/rules/compute/processes/beanstalk-deployment.ts';

const EVENTS = [{ type: 'BATCH_HEALTHY' }, { type: 'HEALTH_CHECK_FAILED' }, { type: 'EVALUATION_PASSED' }] as const;

function donePaths(input: BeanstalkDeploymentInput) {
  return getSimplePaths(beanstalkDeploymentMachine, { input, events: [...EVENTS] }).filter((path) => path.state.status === 'done');
}

const fourInstances = (policy: DeploymentPolicy): BeanstalkDeploymentInput => ({ policy, instances: 4, batchInstances: 1 });

describe('Elastic Beanstalk deployment policies (path tests)', () => {
  it('AllAtOnce takes every instance out of service: downtime, manual rollback', () => {
    const paths = donePaths(fourInstances('AllAtOnce'));
    expect(new Set(paths.map((path) => path.state.value))).toEqual(new Set(['deployed', 'failedAwaitingManualRedeploy']));
    for (const path of paths) expect(path.state.context.lowestInService).toBe(0);
  });

  it('Rolling loses one batch of capacity and, on failure, leaves mixed versions for a manual redeploy', () => {
    const paths = donePaths({ policy: 'Rolling', instances: 4, batchInstances: 2 });
    for (const path of paths) expect(path.state.context.lowestInService).toBe(2);
    const deployed = paths.find((path) => path.state.value === 'deployed')!;
    expect(deployed.state.context).toMatchObject({ updated: 4, batchesDeployed: 2, inService: 4 });
    const mixed = paths.find((path) => path.state.value === 'failedAwaitingManualRedeploy' && path.state.context.updated === 2);
    expect(mixed).toBeDefined();
    expect(paths.some((path) => path.state.value === 'rolledBackAutomatically')).toBe(false);
  });

  it('RollingWithAdditionalBatch never drops below full capacity and ends with the original fleet size', () => {
    const paths = donePaths({ policy: 'RollingWithAdditionalBatch', instances: 4, batchInstances: 2 });
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      expect(path.state.context.lowestInService).toBe(4);
      expect(path.state.context.peakRunning).toBe(6);
    }
    const deployed = paths.find((path) => path.state.value === 'deployed')!;
    expect(deployed.state.context).toMatchObject({ inService: 4, running: 4, additionalBatch: 0 });
  });

  it.each(['Immutable', 'TrafficSplitting'] as const)('%s doubles the fleet, keeps full capacity and rolls back automatically', (policy) => {
    const paths = donePaths(fourInstances(policy));
    expect(new Set(paths.map((path) => path.state.value))).toEqual(new Set(['deployed', 'rolledBackAutomatically']));
    for (const path of paths) {
      expect(path.state.context.lowestInService).toBe(4);
      expect(path.state.context.peakRunning).toBe(8);
      expect(path.state.context.running).toBe(4);
    }
  });

  it('only TrafficSplitting passes through an evaluation period', () => {
    const visits = (policy: DeploymentPolicy) =>
      donePaths(fourInstances(policy)).some((path) => path.steps.some((step) => step.state.matches('evaluatingSplitTraffic')));
    expect(visits('TrafficSplitting')).toBe(true);
    expect(visits('Immutable')).toBe(false);
  });

  it('batch sizes round up and stay between one and every instance', () => {
    expect(batchInstances(4, 'Percentage', 30)).toBe(2);
    expect(batchInstances(4, 'Percentage', 100)).toBe(4);
    expect(batchInstances(3, 'Fixed', 5)).toBe(3);
    expect(batchInstances(10, 'Percentage', 0)).toBe(1);
  });

  it('the runner reports the same capacity as the paths', () => {
    expect(runBeanstalkDeployment({ policy: 'Rolling', instances: 6, batchInstances: 2 })).toEqual({
      outcome: 'deployed',
      lowestInService: 4,
      peakRunning: 6,
      batches: 3,
      updated: 6,
    });
  });
});
