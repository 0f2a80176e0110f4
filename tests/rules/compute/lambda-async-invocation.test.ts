import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  type AsyncInvocationInput,
  lambdaAsyncInvocationMachine,
  runFailingAsyncEvent,
} from '../../../src/rules/compute/processes/lambda-async-invocation.ts';

const EVENTS = [{ type: 'INVOCATION_SUCCEEDED' }, { type: 'FUNCTION_ERROR' }, { type: 'RETRY_WAIT_ELAPSED' }] as const;

const defaults: AsyncInvocationInput = {
  maximumRetryAttempts: 2,
  maximumEventAgeSeconds: 21_600,
  hasOnFailureDestination: false,
  hasDeadLetterQueue: false,
};

function finalPaths(input: AsyncInvocationInput) {
  return getSimplePaths(lambdaAsyncInvocationMachine, { input, events: [...EVENTS] }).filter((path) => path.state.status === 'done');
}

describe('Lambda asynchronous invocation (path tests)', () => {
  it('with the defaults, a failing event is tried 3 times over 3 minutes and then lost', () => {
    const lost = finalPaths(defaults).filter((path) => path.state.value === 'eventLost');
    expect(lost).toHaveLength(1);
    expect(lost[0]!.state.context).toMatchObject({ attempts: 3, eventAgeSeconds: 180 });
    expect(lost[0]!.steps.map((step) => step.event.type)).toEqual([
      'xstate.init',
      'FUNCTION_ERROR',
      'RETRY_WAIT_ELAPSED',
      'FUNCTION_ERROR',
      'RETRY_WAIT_ELAPSED',
      'FUNCTION_ERROR',
    ]);
  });

  it.each([0, 1, 2])('never makes more than 1 + %i attempts', (retries) => {
    const paths = finalPaths({ ...defaults, maximumRetryAttempts: retries });
    expect(paths.some((path) => path.state.context.attempts === retries + 1)).toBe(true);
    for (const path of paths) {
      expect(path.state.context.attempts).toBeLessThanOrEqual(retries + 1);
    }
  });

  it('a success on any attempt ends the invocation as succeeded', () => {
    const succeeded = finalPaths(defaults).filter((path) => path.state.value === 'succeeded');
    expect(succeeded.map((path) => path.state.context.attempts).sort()).toEqual([1, 2, 3]);
  });

  it('a failed event reaches the on-failure destination, else the dead-letter queue, else is lost', () => {
    const outcome = (input: Partial<AsyncInvocationInput>) =>
      getShortestPaths(lambdaAsyncInvocationMachine, { input: { ...defaults, ...input }, events: [...EVENTS] })
        .filter((path) => path.state.status === 'done' && path.state.value !== 'succeeded')
        .map((path) => path.state.value);
    expect(outcome({ hasOnFailureDestination: true, hasDeadLetterQueue: true })).toEqual(['sentToOnFailureDestination']);
    expect(outcome({ hasDeadLetterQueue: true })).toEqual(['sentToDeadLetterQueue']);
    expect(outcome({})).toEqual(['eventLost']);
  });

  it('stops retrying when the next wait would make the event older than MaximumEventAgeInSeconds', () => {
    const run = runFailingAsyncEvent({ ...defaults, maximumEventAgeSeconds: 100 });
    expect(run).toEqual({ outcome: 'eventLost', attempts: 2, eventAgeSeconds: 60 });
  });

  it('the runner agrees with the generated paths', () => {
    const [lost] = finalPaths(defaults).filter((path) => path.state.value === 'eventLost');
    const run = runFailingAsyncEvent(defaults);
    expect(run).toEqual({ outcome: 'eventLost', attempts: lost!.state.context.attempts, eventAgeSeconds: lost!.state.context.eventAgeSeconds });
  });
});
