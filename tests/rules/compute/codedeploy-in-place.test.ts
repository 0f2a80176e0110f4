import { describe, expect, it } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import { codeDeployInPlaceMachine, IN_PLACE_LIFECYCLE, runInPlaceDeployment } from '../../../src/rules/compute/processes/codedeploy-in-place.ts';

const EVENTS = [{ type: 'LIFECYCLE_EVENT_SUCCEEDED' }, { type: 'LIFECYCLE_EVENT_FAILED' }] as const;

function donePaths(automaticRollback: boolean) {
  return getSimplePaths(codeDeployInPlaceMachine, { input: { automaticRollback }, events: [...EVENTS] }).filter((path) => path.state.status === 'done');
}

describe('CodeDeploy in-place deployment (path tests)', () => {
  it('runs the lifecycle events in the documented order, DownloadBundle before BeforeInstall', () => {
    const succeeded = donePaths(false).filter((path) => path.state.value === 'succeeded');
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0]!.state.context.ran.map((entry) => entry.event)).toEqual([...IN_PLACE_LIFECYCLE]);
    expect(IN_PLACE_LIFECYCLE.indexOf('DownloadBundle')).toBeLessThan(IN_PLACE_LIFECYCLE.indexOf('BeforeInstall'));
  });

  it('without automatic rollback, a failure at any event ends the deployment failed, right there', () => {
    const failed = donePaths(false).filter((path) => path.state.value === 'failed');
    expect(failed).toHaveLength(IN_PLACE_LIFECYCLE.length);
    for (const path of failed) {
      const ran = path.state.context.ran.map((entry) => entry.event);
      expect(ran).toEqual(IN_PLACE_LIFECYCLE.slice(0, ran.length));
      expect(path.state.context.deploymentNumber).toBe(1);
    }
    expect(donePaths(false).some((path) => path.state.value === 'rolledBack')).toBe(false);
  });

  it('with automatic rollback, a failure starts a new deployment of the last good revision', () => {
    const rolledBack = donePaths(true).filter((path) => path.state.value === 'rolledBack');
    expect(rolledBack).toHaveLength(IN_PLACE_LIFECYCLE.length);
    for (const path of rolledBack) {
      expect(path.state.context.deploymentNumber).toBe(2);
      const second = path.state.context.ran.filter((entry) => entry.deploymentNumber === 2).map((entry) => entry.event);
      expect(second).toEqual([...IN_PLACE_LIFECYCLE]);
    }
  });

  it('a rollback deployment that fails too ends failed, without a third deployment', () => {
    const failed = donePaths(true).filter((path) => path.state.value === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const path of failed) expect(path.state.context.deploymentNumber).toBe(2);
  });

  it('the runner fails exactly at the failing hook', () => {
    expect(runInPlaceDeployment({ automaticRollback: false }, 'AfterInstall')).toEqual({
      outcome: 'failed',
      deployments: 1,
      firstDeploymentEvents: ['ApplicationStop', 'DownloadBundle', 'BeforeInstall', 'Install', 'AfterInstall'],
    });
    expect(runInPlaceDeployment({ automaticRollback: true }, 'ValidateService').outcome).toBe('rolledBack');
  });
});
