import type { DesignNode } from '../../../design/schema.ts';
import type { DeploymentPolicy } from '../../../rules/compute/processes/beanstalk-deployment.ts';
import { numberSetting, objectSetting, stringSetting } from '../../core/config.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import type { DeploymentReport, Fault, NodeReport } from '../../types.ts';
import { Application } from '../application/application.ts';
import { placementOf } from '../application/placement.ts';
import { Fleet } from '../autoscaling/fleet.ts';
import { FleetBehaviour } from '../autoscaling/fleet-behaviour.ts';
import { BeanstalkDeployment, VERSION_DEPLOY_MS } from './beanstalk-deployment.ts';
import { DeploymentMeasure } from './deployment-measure.ts';

type DeployFault = Extract<Fault, { type: 'deploy' }>;

/**
 * An Elastic Beanstalk environment: its own load balancer and Auto Scaling group (minSize instances
 * over three zones; one for SingleInstance). A `deploy` fault deploys a new version with the
 * environment's deploymentPolicy (beanstalk-deployment.ts); with `swapTo` it is blue/green: the
 * version goes to the other environment and the CNAMEs are swapped once it is healthy.
 */
export class BeanstalkEnvironment extends FleetBehaviour {
  readonly fleet: Fleet;
  private readonly deployments: Array<{ measure: DeploymentMeasure; run?: BeanstalkDeployment }> = [];
  private current: BeanstalkDeployment | undefined;
  /** After a blue/green CNAME swap, this environment's URL serves the other environment. */
  private swappedTo: BeanstalkEnvironment | undefined;
  private next = 0;

  readonly node: DesignNode;
  private readonly world: SimWorld;

  constructor(node: DesignNode, world: SimWorld) {
    super();
    this.node = node;
    this.world = world;
    const config = world.config(node);
    const single = stringSetting(config, 'environmentType', 'LoadBalanced') === 'SingleInstance';
    this.fleet = new Fleet(node, world, new Application(node, world), {
      placement: placementOf(world, node),
      healthCheckType: 'ELB',
      gracePeriodMs: 0,
      replaces: true,
      behindLoadBalancer: !single,
    });
  }

  get isWorker(): boolean {
    return objectSetting(this.world.config(this.node), 'Tier').Name === 'Worker';
  }

  start(): void {
    for (const fault of this.world.settings.faults) {
      if (fault.type !== 'deploy' || (fault.node !== undefined && fault.node !== this.node.id)) continue;
      // A deployment for every environment skips those a pipeline deploys (the pipeline runs them) and idle ones.
      if (fault.node === undefined && (this.world.design.edgesTo(this.node.id).length === 0 || fedByPipeline(this.world, this.node.id))) continue;
      this.world.at(fault.atSeconds * 1000, () => this.deployVersion(fault.failing, undefined, fault.swapTo));
    }
  }

  /** Deploys a new version now with the environment's policy (or blue/green to `swapTo`); `onDone` hears how it ended. */
  deployVersion(failing: boolean, onDone?: (outcome: 'deployed' | 'rolled-back' | 'failed') => void, swapTo?: string): void {
    const config = this.world.config(this.node);
    if (swapTo !== undefined) {
      this.blueGreen({ type: 'deploy', atSeconds: this.world.now / 1000, failing, swapTo }, onDone);
      return;
    }
    const run = new BeanstalkDeployment(this.world, this.fleet, {
      policy: stringSetting(config, 'deploymentPolicy', 'AllAtOnce') as DeploymentPolicy,
      batchSizeType: stringSetting(config, 'batchSizeType', 'Percentage') === 'Fixed' ? 'Fixed' : 'Percentage',
      batchSize: numberSetting(config, 'batchSize', 100),
      newVersionPercent: numberSetting(config, 'newVersionPercent', 10),
      failing,
    });
    run.whenDone = onDone;
    this.current = run;
    this.deployments.push({ measure: run.measure, run });
    run.start();
  }

  /** Blue/green: deploy to the other environment, then swap CNAMEs; a failing version is never swapped in. */
  private blueGreen(fault: DeployFault, onDone?: (outcome: 'deployed' | 'rolled-back' | 'failed') => void): void {
    const world = this.world;
    const green = world.behaviours.get(fault.swapTo!);
    const measure = new DeploymentMeasure('BlueGreen', world.now, this.fleet.inService, this.fleet.failedRequests);
    this.deployments.push({ measure });
    if (!(green instanceof BeanstalkEnvironment)) {
      measure.steps.push(`swapTo "${fault.swapTo}" is not an Elastic Beanstalk environment of the design`);
      measure.end(world.now, 'failed', 'none');
      onDone?.('failed');
      return;
    }
    // Both environments run for the whole deployment: that is blue/green's cost.
    measure.inServiceChanged(world.now, this.fleet.inService, this.fleet.running + green.fleet.running);
    measure.steps.push(`deploying the new version to ${green.node.id}`);
    world.log(world.now, this.node.id, 'deploymentStarted', undefined, `blue/green: the new version goes to ${green.node.id} while ${this.node.id} keeps serving`);
    world.after(world.random.draw(VERSION_DEPLOY_MS), () => {
      if (fault.failing) {
        measure.steps.push(`${green.node.id} failed its health checks; no swap`);
        world.log(world.now, this.node.id, 'deploymentFailed', undefined, `${green.node.id} failed its health checks, so the CNAMEs were not swapped: ${this.node.id} serves on, untouched`);
        measure.end(world.now, 'rolled-back', 'swap-back');
        onDone?.('rolled-back');
        return;
      }
      this.swappedTo = green;
      measure.steps.push(`CNAMEs swapped: ${this.node.id}'s URL now serves ${green.node.id}`);
      world.log(world.now, this.node.id, 'cnameSwapped', undefined, `${this.node.id}'s URL now points to ${green.node.id}; swapping back is the rollback`);
      measure.end(world.now, 'deployed', 'none');
      onDone?.('deployed');
    });
  }

  receive(work: Work, reply: Reply): void {
    if (this.swappedTo) {
      this.swappedTo.receive(work, reply);
      return;
    }
    if (work.invocation === 'batch' || this.isWorker) {
      if (this.fleet.inService === 0) this.fleet.serve(work, reply);
      else this.fleet.app.receive(work, reply);
      return;
    }
    const split = this.current?.splitShare ?? 0;
    if (split > 0 && this.world.random.chance(split)) {
      // Traffic splitting: this request goes to the new version's fleet.
      const canary = this.current!.newFleet.filter((instance) => instance.state === 'InService');
      if (canary.length > 0) {
        this.fleet.serveOn(canary[this.next++ % canary.length]!.id, work, reply);
        return;
      }
    }
    const ids = this.routableInstances().filter((id) => !this.current?.newFleet.includes(this.fleet.instances[id]!) || split === 0);
    if (ids.length === 0) this.fleet.serve(work, reply);
    else this.fleet.serveOn(ids[this.next++ % ids.length]!, work, reply);
  }

  report(runMs: number): NodeReport {
    const until = this.world.trafficEndsAt > 0 ? Math.min(runMs, this.world.trafficEndsAt) : runMs;
    const deployments: DeploymentReport[] = this.deployments.map(({ measure }) => measure.report(until, this.fleet.failedRequests));
    return { capacity: this.fleet.capacity.report(runMs), ...(deployments.length > 0 ? { deployments } : {}) };
  }
}

/** Whether a CodePipeline deploys to this node (its deployments come through the pipeline). */
export function fedByPipeline(world: SimWorld, nodeId: string): boolean {
  return world.design.edgesTo(nodeId).some((edge) => world.design.kindOf(edge.from) === 'AWS::CodePipeline::Pipeline');
}
