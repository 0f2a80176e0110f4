import { assign, createActor, setup } from 'xstate';

/**
 * How Elastic Beanstalk moves an environment to a new application version under each
 * deployment policy. AllAtOnce is one batch of every instance; Rolling takes one batch out
 * of service at a time; RollingWithAdditionalBatch first launches an extra batch so capacity
 * never drops; Immutable and TrafficSplitting launch a full new fleet beside the old one.
 * Blue/green is not a policy: it is a second environment and a CNAME swap.
 */
export type DeploymentPolicy = 'AllAtOnce' | 'Rolling' | 'RollingWithAdditionalBatch' | 'Immutable' | 'TrafficSplitting';

export interface BeanstalkDeploymentInput {
  policy: DeploymentPolicy;
  /** Instances in service when the deployment starts. */
  instances: number;
  /** Instances per batch (rolling policies; AllAtOnce ignores it, see batchInstancesFor). */
  batchInstances: number;
}

interface BeanstalkDeploymentContext extends BeanstalkDeploymentInput {
  inService: number;
  lowestInService: number;
  peakRunning: number;
  running: number;
  updated: number;
  batchesDeployed: number;
  additionalBatch: number;
}

type BeanstalkDeploymentEvent = { type: 'BATCH_HEALTHY' } | { type: 'HEALTH_CHECK_FAILED' } | { type: 'EVALUATION_PASSED' };

/** Instances in the batch being deployed now (the last batch may be smaller). */
function currentBatch(context: BeanstalkDeploymentContext): number {
  return Math.min(context.batchInstances, context.instances - context.updated);
}

export const beanstalkDeploymentMachine = setup({
  types: {
    context: {} as BeanstalkDeploymentContext,
    events: {} as BeanstalkDeploymentEvent,
    input: {} as BeanstalkDeploymentInput,
  },
  guards: {
    policyIsAllAtOnceOrRolling: ({ context }) => context.policy === 'AllAtOnce' || context.policy === 'Rolling',
    policyIsRollingWithAdditionalBatch: ({ context }) => context.policy === 'RollingWithAdditionalBatch',
    policyIsImmutable: ({ context }) => context.policy === 'Immutable',
    moreBatchesRemain: ({ context }) => context.updated + currentBatch(context) < context.instances,
    additionalBatchRunning: ({ context }) => context.additionalBatch > 0,
  },
  actions: {
    takeBatchOutOfService: assign(({ context }) => {
      const inService = context.inService - currentBatch(context);
      return { inService, lowestInService: Math.min(context.lowestInService, inService) };
    }),
    returnBatchToService: assign(({ context }) => ({
      inService: context.inService + currentBatch(context),
      updated: context.updated + currentBatch(context),
      batchesDeployed: context.batchesDeployed + 1,
    })),
    launchAdditionalBatch: assign(({ context }) => ({
      additionalBatch: context.batchInstances,
      running: context.running + context.batchInstances,
      peakRunning: Math.max(context.peakRunning, context.running + context.batchInstances),
    })),
    admitAdditionalBatch: assign(({ context }) => ({ inService: context.inService + context.additionalBatch })),
    terminateAdditionalBatch: assign(({ context }) => ({
      inService: context.inService - context.additionalBatch,
      running: context.running - context.additionalBatch,
      additionalBatch: 0,
    })),
    launchNewFleet: assign(({ context }) => ({
      running: context.running + context.instances,
      peakRunning: Math.max(context.peakRunning, context.running + context.instances),
    })),
    replaceOldFleet: assign(({ context }) => ({ running: context.instances, updated: context.instances })),
    terminateNewFleet: assign(({ context }) => ({ running: context.instances })),
  },
}).createMachine({
  id: 'beanstalkDeployment',
  context: ({ input }) => ({
    ...input,
    batchInstances: batchInstancesFor(input),
    inService: input.instances,
    lowestInService: input.instances,
    running: input.instances,
    peakRunning: input.instances,
    updated: 0,
    batchesDeployed: 0,
    additionalBatch: 0,
  }),
  initial: 'choosingPolicy',
  states: {
    choosingPolicy: {
      always: [
        { guard: 'policyIsAllAtOnceOrRolling', target: 'deployingBatch' },
        { guard: 'policyIsRollingWithAdditionalBatch', target: 'launchingAdditionalBatch' },
        { guard: 'policyIsImmutable', target: 'launchingTemporaryAutoScalingGroup' },
        { target: 'launchingCanaryFleet' },
      ],
    },
    launchingAdditionalBatch: {
      entry: 'launchAdditionalBatch',
      on: {
        BATCH_HEALTHY: { target: 'deployingBatch', actions: 'admitAdditionalBatch' },
        HEALTH_CHECK_FAILED: 'failedAwaitingManualRedeploy',
      },
    },
    deployingBatch: {
      entry: 'takeBatchOutOfService',
      on: {
        BATCH_HEALTHY: [
          { guard: 'moreBatchesRemain', target: 'deployingBatch', reenter: true, actions: 'returnBatchToService' },
          { guard: 'additionalBatchRunning', target: 'deployed', actions: ['returnBatchToService', 'terminateAdditionalBatch'] },
          { target: 'deployed', actions: 'returnBatchToService' },
        ],
        HEALTH_CHECK_FAILED: 'failedAwaitingManualRedeploy',
      },
    },
    launchingTemporaryAutoScalingGroup: {
      entry: 'launchNewFleet',
      on: {
        BATCH_HEALTHY: { target: 'deployed', actions: 'replaceOldFleet' },
        HEALTH_CHECK_FAILED: { target: 'rolledBackAutomatically', actions: 'terminateNewFleet' },
      },
    },
    launchingCanaryFleet: {
      entry: 'launchNewFleet',
      on: {
        BATCH_HEALTHY: 'evaluatingSplitTraffic',
        HEALTH_CHECK_FAILED: { target: 'rolledBackAutomatically', actions: 'terminateNewFleet' },
      },
    },
    evaluatingSplitTraffic: {
      on: {
        EVALUATION_PASSED: { target: 'deployed', actions: 'replaceOldFleet' },
        HEALTH_CHECK_FAILED: { target: 'rolledBackAutomatically', actions: 'terminateNewFleet' },
      },
    },
    deployed: { type: 'final' },
    failedAwaitingManualRedeploy: { type: 'final' },
    rolledBackAutomatically: { type: 'final' },
  },
});

export interface BeanstalkDeploymentRun {
  outcome: 'deployed' | 'failedAwaitingManualRedeploy' | 'rolledBackAutomatically';
  lowestInService: number;
  peakRunning: number;
  batches: number;
  /** Instances left on the new version when the run ends (mixed versions after a rolling failure). */
  updated: number;
}

/** Runs a deployment; with `failAfterBatches`, the batch after that many healthy ones fails its health checks. */
export function runBeanstalkDeployment(input: BeanstalkDeploymentInput, failAfterBatches?: number): BeanstalkDeploymentRun {
  const actor = createActor(beanstalkDeploymentMachine, { input }).start();
  let healthy = 0;
  for (let step = 0; step < 10_000 && actor.getSnapshot().status === 'active'; step++) {
    if (failAfterBatches !== undefined && healthy >= failAfterBatches) actor.send({ type: 'HEALTH_CHECK_FAILED' });
    else if (actor.getSnapshot().matches('evaluatingSplitTraffic')) actor.send({ type: 'EVALUATION_PASSED' });
    else {
      actor.send({ type: 'BATCH_HEALTHY' });
      healthy++;
    }
  }
  const { value, context } = actor.getSnapshot();
  actor.stop();
  return {
    outcome: value as BeanstalkDeploymentRun['outcome'],
    lowestInService: context.lowestInService,
    peakRunning: context.peakRunning,
    batches: context.batchesDeployed,
    updated: context.updated,
  };
}

/**
 * Instances per batch under the policy: all at once is a single batch of every instance, whatever
 * BatchSize says (Elastic Beanstalk reads BatchSize only for the rolling policies).
 */
export function batchInstancesFor(input: BeanstalkDeploymentInput): number {
  return input.policy === 'AllAtOnce' ? input.instances : input.batchInstances;
}

/** Instances per batch from the BatchSizeType / BatchSize options, as Elastic Beanstalk rounds them. */
export function batchInstances(instances: number, batchSizeType: 'Percentage' | 'Fixed', batchSize: number): number {
  const raw = batchSizeType === 'Percentage' ? Math.ceil((instances * batchSize) / 100) : batchSize;
  return Math.max(1, Math.min(instances, raw));
}
