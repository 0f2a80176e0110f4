import { describe, expect, it } from 'vitest';
import { batchSizeOf } from '../../../src/sim/behaviours/deployment/codedeploy-group.ts';
import { dependencyDownloadMs } from '../../../src/sim/behaviours/deployment/build-time.ts';
import { simulate } from '../../../src/sim/simulate.ts';
import type { DeploymentReport } from '../../../src/sim/types.ts';
import { design, settings } from '../designs.ts';

const group = (config: Record<string, unknown>) =>
  design(
    [
      { id: 'users', kind: 'Actor::Client' },
      { id: 'web', kind: 'AWS::AutoScaling::AutoScalingGroup', config: { DesiredCapacity: 4, MinSize: 4, MaxSize: 4, AvailabilityZones: ['us-east-1a', 'us-east-1b'] } },
      { id: 'deployer', kind: 'AWS::CodeDeploy::DeploymentGroup', config },
    ],
    [
      { from: 'users', to: 'web' },
      { from: 'deployer', to: 'web' },
    ],
  );

const release = (node: string, failing = false) => settings({ drainSeconds: 0, traffic: [{ id: 'web', ratePerSecond: 10, durationSeconds: 3_600, processingMs: 5 }], faults: [{ type: 'deploy', node, atSeconds: 60, failing }] });

describe('CodeDeploy in place', () => {
  it('batches by the deployment configuration', () => {
    expect(batchSizeOf('CodeDeployDefault.OneAtATime', 4)).toBe(1);
    expect(batchSizeOf('CodeDeployDefault.HalfAtATime', 5)).toBe(3);
    expect(batchSizeOf('CodeDeployDefault.AllAtOnce', 4)).toBe(4);
  });

  it('runs the lifecycle events in their real order on each batch, one instance out at a time', () => {
    const run = simulate(group({}), release('deployer'));
    const deployment = run.reports!.deployer!.deployments![0]! as DeploymentReport;
    expect(deployment.outcome).toBe('deployed');
    expect(deployment.minInService).toBe(3);
    const firstBatch = deployment.steps.slice(0, 7).map((step) => step.split(': ')[1]!.split(' on ')[0]);
    expect(firstBatch).toEqual(['ApplicationStop', 'DownloadBundle', 'BeforeInstall', 'Install', 'AfterInstall', 'ApplicationStart', 'ValidateService']);
    expect(deployment.steps).toHaveLength(28);
    expect(run.metrics.availability).toBe(1);
  });

  it('a failing ValidateService rolls back as a new deployment of the last good revision; without rollback the batch serves errors', () => {
    const withRollback = simulate(group({ AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE'] } }), release('deployer', true));
    const rolled = withRollback.reports!.deployer!.deployments![0]!;
    expect(rolled.outcome).toBe('rolled-back');
    expect(rolled.rollback).toBe('redeploy-last-good-revision');
    expect(rolled.steps.some((step) => step.startsWith('deployment 2: ApplicationStop'))).toBe(true);
    const without = simulate(group({}), release('deployer', true));
    const failed = without.reports!.deployer!.deployments![0]!;
    expect(failed.outcome).toBe('failed');
    expect(failed.rollback).toBe('manual-redeploy');
    expect(failed.failedRequests).toBeGreaterThan(1_000);
    expect(withRollback.metrics.availability).toBeGreaterThan(without.metrics.availability);
  });
});

describe('CodePipeline', () => {
  const pipeline = (stages: Array<[string, string]>, build: Record<string, unknown> = {}) =>
    design(
      [
        { id: 'users', kind: 'Actor::Client' },
        { id: 'web', kind: 'AWS::ElasticBeanstalk::Environment', config: { minSize: 2, deploymentPolicy: 'Rolling', batchSize: 50 } },
        { id: 'build', kind: 'AWS::CodeBuild::Project', config: build },
        {
          id: 'release',
          kind: 'AWS::CodePipeline::Pipeline',
          config: { Stages: stages.map(([name, category]) => ({ Name: name, Actions: [{ Name: name, ActionTypeId: { Category: category, Owner: 'AWS', Provider: category === 'Build' ? 'CodeBuild' : 'Manual', Version: '1' } }] })) },
        },
      ],
      [
        { from: 'users', to: 'web' },
        { from: 'release', to: 'build' },
        { from: 'release', to: 'web' },
      ],
    );
  const stages: Array<[string, string]> = [
    ['Source', 'Source'],
    ['Build', 'Build'],
    ['Test', 'Test'],
    ['Approve', 'Approval'],
    ['Deploy', 'Deploy'],
  ];

  it('runs the stages in order and deploys to the environment after the approval', () => {
    const run = simulate(pipeline(stages), release('release'));
    const execution = run.reports!.release!.deployments![0]!;
    expect(execution.outcome).toBe('deployed');
    expect(execution.steps.map((step) => step.split(':')[0])).toEqual(['Source', 'Build', 'Test', 'Approve', 'Deploy']);
    // The approval waits 10–30 minutes for a person.
    expect(execution.durationMs).toBeGreaterThan(10 * 60_000);
    expect(run.reports!.web!.deployments![0]!.outcome).toBe('deployed');
  });

  it('a failing version stops at the tests and never reaches the environment', () => {
    const run = simulate(pipeline(stages), release('release', true));
    const execution = run.reports!.release!.deployments![0]!;
    expect(execution.outcome).toBe('failed');
    expect(execution.steps).toContain('not run: Approve, Deploy');
    expect(run.reports!.web!.deployments).toBeUndefined();
    expect(run.trace.some((entry) => entry.event === 'stageFailed')).toBe(true);
  });

  it('big dependencies without a cache push the build past its timeout', () => {
    expect(dependencyDownloadMs(1_000, 'NO_CACHE')).toBe(500_000);
    expect(dependencyDownloadMs(1_000, 'S3')).toBe(50_000);
    const slow = simulate(pipeline(stages, { dependenciesMB: 4_000, TimeoutInMinutes: 30 }), release('release')).reports!.release!.deployments![0]!;
    expect(slow.outcome).toBe('failed');
    expect(slow.steps[1]).toMatch(/^Build: failed \(the build ran past TimeoutInMinutes/);
    const cached = simulate(pipeline(stages, { dependenciesMB: 4_000, TimeoutInMinutes: 30, Cache: { Type: 'S3', Location: 'cache-bucket/deps' } }), release('release')).reports!.release!.deployments![0]!;
    expect(cached.outcome).toBe('deployed');
  });
});
