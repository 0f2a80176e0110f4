import { describe, expect, it } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import { cloudFormationStackMachine, runStackOperation, type StackOperationInput } from '../../../src/rules/compute/processes/cloudformation-stack.ts';

const EVENTS = [{ type: 'RESOURCE_COMPLETE' }, { type: 'RESOURCE_FAILED' }] as const;

const base: StackOperationInput = {
  operation: 'create',
  resources: ['Vpc', 'Subnet', 'Queue'],
  onFailure: 'ROLLBACK',
  terminationProtection: false,
  importedBy: [],
};

function endings(input: Partial<StackOperationInput>) {
  return getSimplePaths(cloudFormationStackMachine, { input: { ...base, ...input }, events: [...EVENTS] })
    .filter((path) => path.state.status === 'done')
    .map((path) => path.state);
}

describe('CloudFormation stack operations (path tests)', () => {
  it('a create either completes with every resource or rolls back leaving nothing', () => {
    const states = endings({});
    expect(new Set(states.map((state) => state.value))).toEqual(new Set(['CREATE_COMPLETE', 'ROLLBACK_COMPLETE']));
    for (const state of states) {
      if (state.value === 'CREATE_COMPLETE') expect(state.context.done).toEqual(['Vpc', 'Subnet', 'Queue']);
      else expect(state.context.kept).toEqual([]);
    }
  });

  it('with rollback disabled, a failed create keeps what it created', () => {
    const failed = endings({ onFailure: 'DO_NOTHING' }).filter((state) => state.value === 'CREATE_FAILED');
    expect(failed.map((state) => state.context.kept)).toEqual(expect.arrayContaining([[], ['Vpc'], ['Vpc', 'Subnet']]));
    expect(failed).toHaveLength(3);
  });

  it('OnFailure DELETE deletes the stack', () => {
    expect(new Set(endings({ onFailure: 'DELETE' }).map((state) => state.value))).toEqual(new Set(['CREATE_COMPLETE', 'DELETE_COMPLETE']));
  });

  it('a failed update rolls back to the previous template unless rollback is disabled', () => {
    expect(new Set(endings({ operation: 'update' }).map((state) => state.value))).toEqual(new Set(['UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE']));
    expect(new Set(endings({ operation: 'update', onFailure: 'DO_NOTHING' }).map((state) => state.value))).toEqual(
      new Set(['UPDATE_COMPLETE', 'UPDATE_FAILED']),
    );
  });

  it('delete is refused while termination protection is on or exports are imported', () => {
    expect(endings({ operation: 'delete' }).map((state) => state.value)).toEqual(['DELETE_COMPLETE']);
    expect(endings({ operation: 'delete', terminationProtection: true }).map((state) => [state.value, state.context.refusal])).toEqual([
      ['DELETE_REFUSED', 'termination-protection'],
    ]);
    expect(endings({ operation: 'delete', importedBy: ['web'] }).map((state) => [state.value, state.context.refusal])).toEqual([
      ['DELETE_REFUSED', 'exports-in-use'],
    ]);
  });

  it('the runner fails the named resource only', () => {
    expect(runStackOperation({ ...base, onFailure: 'DO_NOTHING' }, 'Queue')).toEqual({
      status: 'CREATE_FAILED',
      done: ['Vpc', 'Subnet'],
      kept: ['Vpc', 'Subnet'],
    });
    expect(runStackOperation(base).status).toBe('CREATE_COMPLETE');
  });
});
