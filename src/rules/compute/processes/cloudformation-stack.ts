import { assign, createActor, setup } from 'xstate';

/**
 * A CloudFormation stack operation. Create makes the template's resources in order; when one
 * fails, OnFailure decides: ROLLBACK deletes what was created (ROLLBACK_COMPLETE), DELETE deletes
 * the stack, DO_NOTHING keeps the created resources (CREATE_FAILED). A failed update rolls back
 * to the previous template unless rollback is disabled. Delete is refused while termination
 * protection is on or another stack imports one of the stack's exports.
 */
export interface StackOperationInput {
  operation: 'create' | 'update' | 'delete';
  resources: readonly string[];
  onFailure: 'ROLLBACK' | 'DELETE' | 'DO_NOTHING';
  terminationProtection: boolean;
  /** Stacks importing one of this stack's exports. */
  importedBy: readonly string[];
}

interface StackOperationContext extends StackOperationInput {
  done: string[];
  kept: string[];
  refusal?: 'termination-protection' | 'exports-in-use';
}

type StackOperationEvent = { type: 'RESOURCE_COMPLETE' } | { type: 'RESOURCE_FAILED' };

export const cloudFormationStackMachine = setup({
  types: {
    context: {} as StackOperationContext,
    events: {} as StackOperationEvent,
    input: {} as StackOperationInput,
  },
  guards: {
    operationIsCreate: ({ context }) => context.operation === 'create',
    operationIsUpdate: ({ context }) => context.operation === 'update',
    terminationProtectionEnabled: ({ context }) => context.terminationProtection,
    exportsImportedByOtherStacks: ({ context }) => context.importedBy.length > 0,
    moreResourcesRemain: ({ context }) => context.done.length + 1 < context.resources.length,
    onFailureIsRollback: ({ context }) => context.onFailure === 'ROLLBACK',
    onFailureIsDelete: ({ context }) => context.onFailure === 'DELETE',
    rollbackDisabled: ({ context }) => context.onFailure === 'DO_NOTHING',
  },
  actions: {
    recordResourceDone: assign({ done: ({ context }) => context.resources.slice(0, context.done.length + 1) }),
    keepCreatedResources: assign({ kept: ({ context }) => [...context.done] }),
    deleteCreatedResources: assign({ kept: [] }),
    refuseForTerminationProtection: assign({ refusal: 'termination-protection' as const }),
    refuseForExportsInUse: assign({ refusal: 'exports-in-use' as const }),
  },
}).createMachine({
  id: 'cloudFormationStack',
  context: ({ input }) => ({ ...input, done: [], kept: [] }),
  initial: 'requested',
  states: {
    requested: {
      always: [
        { guard: 'operationIsCreate', target: 'CREATE_IN_PROGRESS' },
        { guard: 'operationIsUpdate', target: 'UPDATE_IN_PROGRESS' },
        { guard: 'terminationProtectionEnabled', target: 'DELETE_REFUSED', actions: 'refuseForTerminationProtection' },
        { guard: 'exportsImportedByOtherStacks', target: 'DELETE_REFUSED', actions: 'refuseForExportsInUse' },
        { target: 'DELETE_IN_PROGRESS' },
      ],
    },
    CREATE_IN_PROGRESS: {
      on: {
        RESOURCE_COMPLETE: [
          { guard: 'moreResourcesRemain', actions: 'recordResourceDone' },
          { target: 'CREATE_COMPLETE', actions: 'recordResourceDone' },
        ],
        RESOURCE_FAILED: [
          { guard: 'onFailureIsRollback', target: 'ROLLBACK_IN_PROGRESS' },
          { guard: 'onFailureIsDelete', target: 'DELETE_IN_PROGRESS' },
          { target: 'CREATE_FAILED', actions: 'keepCreatedResources' },
        ],
      },
    },
    ROLLBACK_IN_PROGRESS: { always: { target: 'ROLLBACK_COMPLETE', actions: 'deleteCreatedResources' } },
    UPDATE_IN_PROGRESS: {
      on: {
        RESOURCE_COMPLETE: [
          { guard: 'moreResourcesRemain', actions: 'recordResourceDone' },
          { target: 'UPDATE_COMPLETE', actions: 'recordResourceDone' },
        ],
        RESOURCE_FAILED: [
          { guard: 'rollbackDisabled', target: 'UPDATE_FAILED', actions: 'keepCreatedResources' },
          { target: 'UPDATE_ROLLBACK_IN_PROGRESS' },
        ],
      },
    },
    UPDATE_ROLLBACK_IN_PROGRESS: { always: { target: 'UPDATE_ROLLBACK_COMPLETE', actions: 'deleteCreatedResources' } },
    DELETE_IN_PROGRESS: { always: { target: 'DELETE_COMPLETE', actions: 'deleteCreatedResources' } },
    CREATE_COMPLETE: { type: 'final' },
    CREATE_FAILED: { type: 'final' },
    ROLLBACK_COMPLETE: { type: 'final' },
    UPDATE_COMPLETE: { type: 'final' },
    UPDATE_FAILED: { type: 'final' },
    UPDATE_ROLLBACK_COMPLETE: { type: 'final' },
    DELETE_COMPLETE: { type: 'final' },
    DELETE_REFUSED: { type: 'final' },
  },
});

export interface StackOperationRun {
  status: string;
  /** Resources done before the run ended. */
  done: string[];
  /** Resources left behind by a failure that did not roll back. */
  kept: string[];
  refusal?: 'termination-protection' | 'exports-in-use';
}

/** Runs the operation; the resource named `failingResource` fails, every other succeeds. */
export function runStackOperation(input: StackOperationInput, failingResource?: string): StackOperationRun {
  const actor = createActor(cloudFormationStackMachine, { input }).start();
  for (let step = 0; step <= input.resources.length && actor.getSnapshot().status === 'active'; step++) {
    const { context } = actor.getSnapshot();
    const next = context.resources[context.done.length];
    actor.send({ type: next !== undefined && next === failingResource ? 'RESOURCE_FAILED' : 'RESOURCE_COMPLETE' });
  }
  const { value, context } = actor.getSnapshot();
  actor.stop();
  return { status: String(value), done: context.done, kept: context.kept, ...(context.refusal ? { refusal: context.refusal } : {}) };
}
