import { type Actor, createActor } from 'xstate';
import type { DesignNode } from '../../../design/schema.ts';
import { codeDeployInPlaceMachine, IN_PLACE_LIFECYCLE, type InPlaceLifecycleEvent } from '../../../rules/compute/processes/codedeploy-in-place.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { objectSetting, stringSetting } from '../../core/config.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import type { NodeReport } from '../../types.ts';
import { type DeployableInstance, Fleet } from '../autoscaling/fleet.ts';
import { fedByPipeline } from './beanstalk-environment.ts';
import { DeploymentMeasure } from './deployment-measure.ts';

/** One lifecycle event's scripts (or the agent's own work) on a batch of instances. */
const LIFECYCLE_EVENT_MS = { min: 5_000, max: 15_000 };
type Outcome = 'deployed' | 'rolled-back' | 'failed';

/** Instances per batch from the deployment configuration's name. */
export function batchSizeOf(configName: string, instances: number): number {
  if (/AllAtOnce/.test(configName)) return Math.max(1, instances);
  if (/HalfAtATime/.test(configName)) return Math.max(1, Math.ceil(instances / 2));
  return 1;
}

/**
 * A CodeDeploy deployment group deploying in place to the instances of its targets (Auto Scaling
 * groups, Beanstalk fleets): batches by DeploymentConfigName, each batch out of service from
 * ApplicationStop to ApplicationStart while the compute team's lifecycle statechart
 * (codeDeployInPlaceMachine) runs its events in their real order. A failing hook fails the
 * deployment; with automatic rollback a new deployment of the last good revision runs on the
 * instances already touched. A failed deployment without rollback leaves them serving errors.
 */
export class CodeDeployGroup implements Behaviour {
  private readonly deployments: DeploymentMeasure[] = [];

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {}

  private get fleets(): Fleet[] {
    const fleets: Fleet[] = [];
    for (const edge of this.world.design.edgesFrom(this.node.id)) {
      const behaviour = this.world.behaviours.get(edge.to) as { fleet?: unknown } | undefined;
      if (behaviour && behaviour.fleet instanceof Fleet) fleets.push(behaviour.fleet);
    }
    return fleets;
  }

  private failedRequests(): number {
    return this.fleets.reduce((sum, fleet) => sum + fleet.failedRequests, 0);
  }

  start(): void {
    for (const fault of this.world.settings.faults) {
      if (fault.type !== 'deploy' || (fault.node !== undefined && fault.node !== this.node.id)) continue;
      if (fault.node === undefined && fedByPipeline(this.world, this.node.id)) continue;
      this.world.at(fault.atSeconds * 1000, () => this.deployVersion(fault.failing));
    }
  }

  /** Deploys a new revision now; `failing`: its ValidateService script fails (unless failingHook names another event). */
  deployVersion(failing: boolean, onDone?: (outcome: Outcome) => void): void {
    const world = this.world;
    const config = world.config(this.node);
    const configName = stringSetting(config, 'DeploymentConfigName', 'CodeDeployDefault.OneAtATime');
    const rollback = objectSetting(config, 'AutoRollbackConfiguration');
    const events = Array.isArray(rollback.Events) ? rollback.Events : [];
    const automaticRollback = rollback.Enabled === true && events.includes('DEPLOYMENT_FAILURE');
    const hook = stringSetting(config, 'failingHook', '');
    const failingEvent = (IN_PLACE_LIFECYCLE as readonly string[]).includes(hook) ? hook : failing ? 'ValidateService' : undefined;
    const instances = this.fleets.flatMap((fleet) => fleet.instances.filter((instance) => instance.state === 'InService').map((instance) => ({ fleet, instance })));
    const measure = new DeploymentMeasure(configName, world.now, instances.length, this.failedRequests());
    this.deployments.push(measure);
    for (const fleet of this.fleets) fleet.onInServiceChange(() => {
      if (measure.endedAt === undefined) measure.inServiceChanged(world.now, this.fleets.reduce((sum, f) => sum + f.inService, 0), this.fleets.reduce((sum, f) => sum + f.running, 0));
    });
    const size = batchSizeOf(configName, instances.length);
    const batches: Array<typeof instances> = [];
    for (let i = 0; i < instances.length; i += size) batches.push(instances.slice(i, i + size));
    world.log(world.now, this.node.id, 'deploymentStarted', undefined, `${configName}: ${instances.length} instance(s) in ${batches.length} batch(es)${automaticRollback ? ', automatic rollback on failure' : ''}`);
    const touched: typeof instances = [];
    const finish = (outcome: Outcome, rollbackPath: 'none' | 'manual-redeploy' | 'redeploy-last-good-revision') => {
      measure.end(world.now, outcome, rollbackPath);
      onDone?.(outcome);
    };
    const runBatch = (index: number) => {
      const batch = batches[index];
      if (!batch) {
        finish('deployed', 'none');
        return;
      }
      touched.push(...batch);
      const actor = createActor(codeDeployInPlaceMachine, { input: { automaticRollback } }).start();
      this.runLifecycle(actor, batch, measure, failingEvent, touched, (outcome) => {
        if (outcome === 'succeeded') runBatch(index + 1);
        else if (outcome === 'rolledBack') finish('rolled-back', 'redeploy-last-good-revision');
        else {
          // No rollback: the failing revision stays on the batch, which answers errors.
          for (const { instance, fleet } of batch) {
            instance.broken = true;
            fleet.recount();
          }
          finish('failed', 'manual-redeploy');
        }
      });
    };
    if (batches.length === 0) finish('deployed', 'none');
    else runBatch(0);
  }

  /** Steps the lifecycle statechart one event at a time on the virtual clock. */
  private runLifecycle(
    actor: Actor<typeof codeDeployInPlaceMachine>,
    batch: Array<{ fleet: Fleet; instance: DeployableInstance }>,
    measure: DeploymentMeasure,
    failingEvent: string | undefined,
    touched: Array<{ fleet: Fleet; instance: DeployableInstance }>,
    done: (outcome: 'succeeded' | 'rolledBack' | 'failed') => void,
  ): void {
    const world = this.world;
    const step = () => {
      const snapshot = actor.getSnapshot();
      if (snapshot.status === 'done') {
        const outcome = snapshot.value as 'succeeded' | 'rolledBack' | 'failed';
        actor.stop();
        done(outcome);
        return;
      }
      const event = snapshot.value as InPlaceLifecycleEvent;
      const rollingBack = snapshot.context.isRollbackDeployment;
      // The rollback deployment redeploys the last good revision on every instance the failed one touched.
      const on = rollingBack ? touched : batch;
      if (event === 'ApplicationStop') this.setUpdating(on, true);
      const fails = !rollingBack && event === failingEvent;
      world.after(world.random.draw(LIFECYCLE_EVENT_MS), () => {
        measure.steps.push(`deployment ${snapshot.context.deploymentNumber}: ${event} on ${on.length} instance(s)${fails ? ' failed' : ''}`);
        world.log(world.now, this.node.id, fails ? 'deploymentFailed' : 'lifecycleEvent', undefined, `deployment ${snapshot.context.deploymentNumber}${rollingBack ? ' (rollback to the last good revision)' : ''}: ${event}${fails ? ' failed' : ''}`);
        if (event === 'ApplicationStart' || fails) this.setUpdating(on, false);
        actor.send({ type: fails ? 'LIFECYCLE_EVENT_FAILED' : 'LIFECYCLE_EVENT_SUCCEEDED' });
        if (fails && actor.getSnapshot().context.isRollbackDeployment) world.log(world.now, this.node.id, 'rolledBack', undefined, 'a new deployment of the last good revision starts, with a new deployment id');
        step();
      });
    };
    step();
  }

  private setUpdating(on: ReadonlyArray<{ fleet: Fleet; instance: DeployableInstance }>, updating: boolean): void {
    const fleets = new Set<Fleet>();
    for (const { fleet, instance } of on) {
      instance.updating = updating;
      if (!updating) instance.broken = false;
      fleets.add(fleet);
    }
    for (const fleet of fleets) fleet.recount();
  }

  receive(work: Work, reply: Reply): void {
    reply({ ok: true, doneAt: work.at, answeredBy: this.node.id });
  }

  report(runMs: number): NodeReport | undefined {
    if (this.deployments.length === 0) return undefined;
    const until = this.world.trafficEndsAt > 0 ? Math.min(runMs, this.world.trafficEndsAt) : runMs;
    const failedNow = this.failedRequests();
    return { deployments: this.deployments.map((measure) => measure.report(until, failedNow)) };
  }
}
