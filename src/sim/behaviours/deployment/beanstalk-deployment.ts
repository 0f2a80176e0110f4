import { type Actor, createActor } from 'xstate';
import { batchInstances, beanstalkDeploymentMachine, type DeploymentPolicy } from '../../../rules/compute/processes/beanstalk-deployment.ts';
import type { SimWorld } from '../../core/world.ts';
import type { DeployableInstance, Fleet } from '../autoscaling/fleet.ts';
import { DeploymentMeasure } from './deployment-measure.ts';

/** Installing a version on instances already running and passing health checks again. */
export const VERSION_DEPLOY_MS = { min: 45_000, max: 75_000 };
/** Launching new instances, bootstrapping the platform and the version, passing health checks. */
export const NEW_INSTANCES_MS = { min: 180_000, max: 300_000 };
/** Traffic splitting: aws:elasticbeanstalk:trafficsplitting EvaluationTime defaults to 5 minutes. */
export const EVALUATION_MS = 5 * 60_000;
/** Enhanced health notices a failing version under real traffic within about a minute. */
export const FAILING_VERSION_NOTICED_MS = 60_000;

export interface BeanstalkDeploymentOptions {
  policy: DeploymentPolicy;
  batchSizeType: 'Percentage' | 'Fixed';
  batchSize: number;
  /** Traffic splitting: the share of requests the new version gets during the evaluation. */
  newVersionPercent: number;
  /** The new version fails its health checks (and answers errors). */
  failing: boolean;
}

/**
 * One Elastic Beanstalk deployment under traffic: the compute team's deployment statechart
 * (beanstalkDeploymentMachine) decides the steps; this drives it on the virtual clock (a handful of
 * events per deployment, never per request) and does each step to the fleet: batches out of service,
 * extra batches and new fleets launched, old instances terminated, traffic split to the new version.
 */
export class BeanstalkDeployment {
  readonly measure: DeploymentMeasure;
  private readonly actor: Actor<typeof beanstalkDeploymentMachine>;
  private readonly batch: number;
  private readonly updated = new Set<DeployableInstance>();
  private readonly launched: DeployableInstance[] = [];
  private readonly original: DeployableInstance[];
  private batchNumber = 0;
  /** During traffic splitting's evaluation: the share of requests for the new fleet. */
  splitShare = 0;
  /** Told how the deployment ended (a pipeline's deploy stage waits for it). */
  whenDone: ((outcome: 'deployed' | 'rolled-back' | 'failed') => void) | undefined;

  constructor(
    private readonly world: SimWorld,
    private readonly fleet: Fleet,
    private readonly options: BeanstalkDeploymentOptions,
  ) {
    this.original = fleet.instances.filter((instance) => instance.state === 'InService');
    const instances = this.original.length;
    this.measure = new DeploymentMeasure(options.policy, world.now, instances, fleet.failedRequests);
    fleet.onInServiceChange((inService) => {
      if (this.measure.endedAt === undefined || this.measure.outcome === 'failed') this.measure.inServiceChanged(world.now, inService, fleet.running);
    });
    this.actor = createActor(beanstalkDeploymentMachine, { input: { policy: options.policy, instances, batchInstances: batchInstances(Math.max(1, instances), options.batchSizeType, options.batchSize) } });
    // The machine decides the batch per policy (all at once ignores BatchSize); the fleet takes out what it says.
    this.batch = this.actor.getSnapshot().context.batchInstances;
  }

  /** New-version instances that take requests (traffic splitting's canary fleet). */
  get newFleet(): readonly DeployableInstance[] {
    return this.launched;
  }

  start(): void {
    this.actor.start();
    this.log('deploymentStarted', `${this.options.policy}, ${this.original.length} instances${this.options.policy.startsWith('Rolling') ? `, batches of ${this.batch}` : ''}${this.options.failing ? ' (the new version fails its health checks)' : ''}`);
    this.step();
  }

  private log(event: string, detail: string): void {
    this.measure.steps.push(`${event}: ${detail}`);
    this.world.log(this.world.now, this.fleet.node.id, event, undefined, detail);
  }

  private get state(): string {
    return String(this.actor.getSnapshot().value);
  }

  /** Does what the machine's current state asks of the fleet, then waits for its outcome. */
  private step(): void {
    const world = this.world;
    const fleet = this.fleet;
    switch (this.state) {
      case 'deployingBatch': {
        const batch = this.original.filter((instance) => !this.updated.has(instance) && instance.state === 'InService').slice(0, this.batch);
        this.batchNumber++;
        for (const instance of batch) instance.updating = true;
        fleet.recount();
        this.log('batchOutOfService', `batch ${this.batchNumber}: ${batch.length} instance(s) out of service to install the new version`);
        world.after(world.random.draw(VERSION_DEPLOY_MS), () => {
          for (const instance of batch) {
            instance.updating = false;
            this.updated.add(instance);
            if (this.options.failing) {
              instance.broken = true;
              instance.state = 'OutOfService';
            }
          }
          if (this.options.failing) {
            fleet.recount();
            this.actor.send({ type: 'HEALTH_CHECK_FAILED' });
            this.log('deploymentFailed', `batch ${this.batchNumber} failed its health checks; it stays out of service until the last good version is deployed again by hand`);
            this.finish();
            return;
          }
          this.actor.send({ type: 'BATCH_HEALTHY' });
          fleet.recount();
          this.log('batchHealthy', `batch ${this.batchNumber} serves the new version`);
          this.afterBatch();
        });
        return;
      }
      case 'launchingAdditionalBatch':
      case 'launchingTemporaryAutoScalingGroup':
      case 'launchingCanaryFleet': {
        const count = this.state === 'launchingAdditionalBatch' ? this.batch : this.original.length;
        const zones = fleet.zones;
        for (let i = 0; i < count; i++) this.launched.push(fleet.add(zones[i % zones.length]!, 'Pending', world.now));
        fleet.recount();
        this.log('instancesLaunching', `${count} new instance(s) launching${this.state === 'launchingTemporaryAutoScalingGroup' ? ' in a temporary Auto Scaling group' : ''}`);
        world.after(world.random.draw(NEW_INSTANCES_MS), () => this.launchedInstancesReady());
        return;
      }
      default:
        this.finish();
    }
  }

  private launchedInstancesReady(): void {
    const fleet = this.fleet;
    const canary = this.state === 'launchingCanaryFleet';
    // A failing version fails the launch health checks, except under traffic splitting, where it shows under real requests.
    if (this.options.failing && !canary) {
      this.actor.send({ type: 'HEALTH_CHECK_FAILED' });
      fleet.terminate(this.launched);
      this.log('deploymentFailed', `the new instances failed their health checks and were terminated${this.state === 'rolledBackAutomatically' ? '; the original instances were never touched' : ''}`);
      this.finish();
      return;
    }
    for (const instance of this.launched) {
      instance.state = 'InService';
      instance.broken = this.options.failing;
      instance.launchedAt = this.world.now;
    }
    this.actor.send({ type: 'BATCH_HEALTHY' });
    fleet.recount();
    this.log('instancesHealthy', `${this.launched.length} new instance(s) in service`);
    if (this.state === 'evaluatingSplitTraffic') {
      this.splitShare = this.options.newVersionPercent / 100;
      this.log('trafficSplit', `${this.options.newVersionPercent}% of requests go to the new version for the evaluation`);
      const world = this.world;
      world.after(this.options.failing ? FAILING_VERSION_NOTICED_MS : EVALUATION_MS, () => {
        this.splitShare = 0;
        if (this.options.failing) {
          this.actor.send({ type: 'HEALTH_CHECK_FAILED' });
          fleet.terminate(this.launched);
          this.log('rolledBack', 'the new version failed under traffic: all requests shift back to the old version and the new instances are terminated');
        } else {
          this.actor.send({ type: 'EVALUATION_PASSED' });
          fleet.terminate(this.original);
          this.log('trafficShifted', 'the evaluation passed: all traffic moves to the new instances and the old ones are terminated');
        }
        this.finish();
      });
      return;
    }
    this.afterBatch();
  }

  private afterBatch(): void {
    const state = this.state;
    if (state === 'deployingBatch') {
      this.step();
      return;
    }
    if (state === 'deployed') {
      // The extra batch (rolling with additional batch) or the old fleet (immutable) goes.
      if (this.options.policy === 'RollingWithAdditionalBatch') this.fleet.terminate(this.launched);
      else if (this.options.policy === 'Immutable') this.fleet.terminate(this.original);
    }
    this.finish();
  }

  private finish(): void {
    const state = this.state;
    const world = this.world;
    if (state === 'deployed') {
      this.measure.end(world.now, 'deployed', 'none');
      this.log('deploymentCompleted', `every instance runs the new version after ${Math.round((world.now - this.measure.startedAt) / 1000)} s`);
    } else if (state === 'rolledBackAutomatically') {
      this.measure.end(world.now, 'rolled-back', this.options.policy === 'TrafficSplitting' ? 'shift-traffic-back' : 'terminate-new-instances');
    } else this.measure.end(world.now, 'failed', 'manual-redeploy');
    this.actor.stop();
    this.whenDone?.(this.measure.outcome!);
  }
}
