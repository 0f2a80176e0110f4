import { and, assign, createActor, not, setup } from 'xstate';
import type { LifecycleHookName } from '../../../catalog/services/devtools.ts';

/**
 * CodeDeploy's in-place deployment to EC2/on-premises instances: the lifecycle events run in
 * this order on each instance; a failing script fails the deployment. With automatic rollback,
 * CodeDeploy redeploys the last good revision as a new deployment with a new deployment id.
 */
export const IN_PLACE_LIFECYCLE = [
  'ApplicationStop',
  'DownloadBundle',
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
] as const satisfies readonly LifecycleHookName[];

export type InPlaceLifecycleEvent = (typeof IN_PLACE_LIFECYCLE)[number];

export interface InPlaceDeploymentInput {
  automaticRollback: boolean;
}

interface InPlaceDeploymentContext extends InPlaceDeploymentInput {
  deploymentNumber: number;
  isRollbackDeployment: boolean;
  /** Every lifecycle event run, with the deployment it ran in. */
  ran: Array<{ deploymentNumber: number; event: InPlaceLifecycleEvent }>;
}

type InPlaceDeploymentEvent = { type: 'LIFECYCLE_EVENT_SUCCEEDED' } | { type: 'LIFECYCLE_EVENT_FAILED' };

function lifecycleState(event: InPlaceLifecycleEvent, next: string) {
  return {
    entry: { type: 'recordLifecycleEvent' as const, params: { event } },
    on: { LIFECYCLE_EVENT_SUCCEEDED: next, LIFECYCLE_EVENT_FAILED: 'deploymentFailed' },
  };
}

export const codeDeployInPlaceMachine = setup({
  types: {
    context: {} as InPlaceDeploymentContext,
    events: {} as InPlaceDeploymentEvent,
    input: {} as InPlaceDeploymentInput,
  },
  guards: {
    automaticRollbackEnabled: ({ context }) => context.automaticRollback,
    isRollbackDeployment: ({ context }) => context.isRollbackDeployment,
  },
  actions: {
    recordLifecycleEvent: assign({
      ran: ({ context }, params: { event: InPlaceLifecycleEvent }) => [...context.ran, { deploymentNumber: context.deploymentNumber, event: params.event }],
    }),
    startRollbackDeploymentOfLastGoodRevision: assign({
      deploymentNumber: ({ context }) => context.deploymentNumber + 1,
      isRollbackDeployment: true,
    }),
  },
}).createMachine({
  id: 'codeDeployInPlace',
  context: ({ input }) => ({ ...input, deploymentNumber: 1, isRollbackDeployment: false, ran: [] }),
  initial: 'ApplicationStop',
  states: {
    ApplicationStop: lifecycleState('ApplicationStop', 'DownloadBundle'),
    DownloadBundle: lifecycleState('DownloadBundle', 'BeforeInstall'),
    BeforeInstall: lifecycleState('BeforeInstall', 'Install'),
    Install: lifecycleState('Install', 'AfterInstall'),
    AfterInstall: lifecycleState('AfterInstall', 'ApplicationStart'),
    ApplicationStart: lifecycleState('ApplicationStart', 'ValidateService'),
    ValidateService: lifecycleState('ValidateService', 'lifecycleComplete'),
    lifecycleComplete: {
      always: [{ guard: 'isRollbackDeployment', target: 'rolledBack' }, { target: 'succeeded' }],
    },
    deploymentFailed: {
      always: [
        {
          guard: and(['automaticRollbackEnabled', not('isRollbackDeployment')]),
          target: 'ApplicationStop',
          actions: 'startRollbackDeploymentOfLastGoodRevision',
        },
        { target: 'failed' },
      ],
    },
    succeeded: { type: 'final' },
    rolledBack: { type: 'final' },
    failed: { type: 'final' },
  },
});

export interface InPlaceDeploymentRun {
  outcome: 'succeeded' | 'rolledBack' | 'failed';
  deployments: number;
  /** Lifecycle events of the first deployment, in the order they ran. */
  firstDeploymentEvents: InPlaceLifecycleEvent[];
}

/** Runs a deployment in which the script of `failingEvent` fails in the new revision only. */
export function runInPlaceDeployment(input: InPlaceDeploymentInput, failingEvent?: string): InPlaceDeploymentRun {
  const actor = createActor(codeDeployInPlaceMachine, { input }).start();
  for (let step = 0; step < 100 && actor.getSnapshot().status === 'active'; step++) {
    const snapshot = actor.getSnapshot();
    const fails = !snapshot.context.isRollbackDeployment && snapshot.value === failingEvent;
    actor.send({ type: fails ? 'LIFECYCLE_EVENT_FAILED' : 'LIFECYCLE_EVENT_SUCCEEDED' });
  }
  const { value, context } = actor.getSnapshot();
  actor.stop();
  return {
    outcome: value as InPlaceDeploymentRun['outcome'],
    deployments: context.deploymentNumber,
    firstDeploymentEvents: context.ran.filter((entry) => entry.deploymentNumber === 1).map((entry) => entry.event),
  };
}
