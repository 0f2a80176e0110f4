import type { DesignNode } from '../../../design/schema.ts';
import type { FailureCause } from '../../core/behaviour.ts';
import { settle } from '../../core/message.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import type { Fault } from '../../types.ts';
import type { Application } from '../application/application.ts';
import { CapacityTracker } from './capacity-tracker.ts';
import { applyInstanceEvent, type FleetInstance, groupNoticesFailure, zoneForLaunch } from './instance-lifecycle.ts';

/** EC2 status checks notice a dead instance within about 10–30 s. */
export const STATUS_CHECK_MS = { min: 10_000, max: 30_000 };
/** Target group defaults: a check every 30 s, unhealthy after 2 failures, so 30–60 s. */
export const LOAD_BALANCER_CHECK_MS = { min: 30_000, max: 60_000 };
/** A new instance boots, starts the application and passes its first health checks. */
export const LAUNCH_MS = { min: 60_000, max: 120_000 };

export interface FleetOptions {
  /** The zone of each instance at the start (placementOf); its length is the desired capacity. */
  placement: string[];
  healthCheckType: string;
  gracePeriodMs: number;
  /** Replace failed instances (an Auto Scaling group does; a lone instance does not). */
  replaces: boolean;
  /** A load balancer health-checks the instances (default: a load balancer edge points at the node). */
  behindLoadBalancer?: boolean;
}

/** An instance a deployment has in hand: out of service while its version changes, or running a broken version. */
export interface DeployableInstance extends FleetInstance {
  updating: boolean;
  broken: boolean;
}

/**
 * Instances behind one node (an Auto Scaling group, a Beanstalk environment's group): spread over
 * the zones, served round robin, failed by faults, noticed by health checks, replaced after launch.
 * The application code on every instance is one Application (its router and data path).
 */
export class Fleet {
  readonly instances: DeployableInstance[] = [];
  readonly capacity: CapacityTracker;
  private readonly failedZones = new Set<string>();
  private readonly behindLoadBalancer: boolean;
  private readonly listeners: Array<() => void> = [];
  private nextId = 0;
  private next = 0;
  /** Requests a failed or broken instance could not answer. */
  failedRequests = 0;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
    readonly app: Application,
    readonly options: FleetOptions,
  ) {
    this.desired = options.placement.length;
    this.zones = [...new Set(options.placement)];
    this.capacity = new CapacityTracker(this.desired);
    this.behindLoadBalancer = options.behindLoadBalancer ?? world.design.edgesTo(node.id).some((edge) => /ElasticLoadBalancing/.test(world.design.kindOf(edge.from) ?? ''));
    for (const zone of options.placement) this.add(zone, 'InService', Number.NEGATIVE_INFINITY);
  }

  /** Instances the fleet keeps in service, and the zones it launches in. */
  readonly desired: number;
  readonly zones: string[];

  add(az: string, state: 'Pending' | 'InService', launchedAt: number): DeployableInstance {
    const instance: DeployableInstance = { id: this.nextId++, az, state, launchedAt, applicationOnly: false, updating: false, broken: false };
    this.instances.push(instance);
    return instance;
  }

  onCapacityFreed(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Called after every change of the in-service count (deployments measure downtime with it). */
  onInServiceChange(listener: (inService: number) => void): void {
    this.changeListeners.push(listener);
  }
  private readonly changeListeners: Array<(inService: number) => void> = [];

  /** Instances leave for good (a deployment's old fleet or extra batch). */
  terminate(instances: readonly DeployableInstance[]): void {
    for (const instance of instances) instance.state = 'Terminated';
    this.recount();
  }

  /** Instances that answer requests correctly now. */
  get inService(): number {
    let count = 0;
    for (const instance of this.instances) if (instance.state === 'InService' && !instance.updating && !instance.broken) count++;
    return count;
  }

  /** Instances running (billed), whatever their health. */
  get running(): number {
    return this.instances.filter((instance) => instance.state !== 'Terminated').length;
  }

  /** What the load balancer still sends to: in service, plus failed ones its health checks have not caught. */
  routableInstances(): number[] {
    const ids: number[] = [];
    for (const instance of this.instances) if ((instance.state === 'InService' || instance.state === 'Unhealthy') && !instance.updating) ids.push(instance.id);
    return ids;
  }

  /** Call after any change: records capacity and wakes pollers when instances came back. */
  recount(): void {
    const before = this.lastInService;
    this.lastInService = this.inService;
    this.capacity.update(this.world.now, this.lastInService);
    if (this.lastInService !== before) for (const listener of this.changeListeners) listener(this.lastInService);
    if (this.lastInService > before) for (const listener of this.listeners) listener();
  }
  private lastInService = Number.POSITIVE_INFINITY;

  serveOn(id: number, work: Work, reply: Reply): void {
    const instance = this.instances[id];
    if (instance?.state !== 'InService' || instance.broken) {
      this.refuse(work, reply, instance?.broken ? `instance ${id} runs a version that fails` : `instance ${id} does not answer`);
      return;
    }
    this.app.receive(work, reply);
  }

  /** Work that came without a load balancer choosing the instance: round robin over the routable ones. */
  serve(work: Work, reply: Reply): void {
    const ids = this.routableInstances();
    if (ids.length === 0) {
      this.refuse(work, reply, `${this.node.id} has no instance in service`);
      return;
    }
    this.serveOn(ids[this.next++ % ids.length]!, work, reply);
  }

  private refuse(work: Work, reply: Reply, reason: string): void {
    const world = this.world;
    this.failedRequests += work.messages.length;
    world.load(this.node.id).errors += work.messages.length;
    for (const message of work.messages) if (work.invocation !== 'batch') settle(message, 'failed', { endedAt: this.node.id, reason });
    reply({ ok: false, doneAt: work.at, failed: work.messages, reason, answeredBy: this.node.id });
  }

  /** A node-failure (some instances, or only their application) or an AZ failure (every instance there). */
  fail(cause: FailureCause, az: string): void {
    const world = this.world;
    if (cause === 'az') {
      this.failedZones.add(az);
      // The zone's load balancer node fails with its targets: the balancer stops sending there at once.
      for (const instance of this.instances) {
        if (instance.az !== az || instance.state === 'Terminated') continue;
        this.failInstance(instance, false);
        applyInstanceEvent(instance, { type: 'loadBalancerFoundUnhealthy' });
      }
    } else {
      const fault = this.faultNow();
      const count = fault?.instances ?? 1;
      const victims = this.instances.filter((instance) => instance.state === 'InService').slice(0, count);
      for (const instance of victims) this.failInstance(instance, fault?.application ?? false);
    }
    world.log(world.now, this.node.id, 'capacityDipped', undefined, `${this.inService} of ${this.desired} instances in service`);
    this.recount();
  }

  /** The node-failure fault starting now that names this node (for how many instances, and what failed). */
  private faultNow(): Extract<Fault, { type: 'node-failure' }> | undefined {
    return this.world.settings.faults.find(
      (fault): fault is Extract<Fault, { type: 'node-failure' }> =>
        fault.type === 'node-failure' && fault.atSeconds * 1000 === this.world.now && (fault.node === undefined || fault.node === this.node.id) && (fault.kind === undefined || fault.kind === this.node.kind),
    );
  }

  private failInstance(instance: DeployableInstance, applicationOnly: boolean): void {
    const world = this.world;
    instance.applicationOnly = applicationOnly;
    applyInstanceEvent(instance, { type: 'failed' });
    world.log(world.now, this.node.id, 'instanceUnhealthy', undefined, `instance ${instance.id} in ${instance.az}${applicationOnly ? ': the application stopped answering (the instance still runs)' : ' stopped'}`);
    if (this.behindLoadBalancer) {
      world.after(world.random.draw(LOAD_BALANCER_CHECK_MS), () => {
        if (applyInstanceEvent(instance, { type: 'loadBalancerFoundUnhealthy' }) === 'OutOfService') {
          world.log(world.now, this.node.id, 'deregistered', undefined, `the load balancer's health checks took instance ${instance.id} out of service`);
          this.recount();
        }
      });
    }
    if (!this.options.replaces || !groupNoticesFailure(this.options.healthCheckType, applicationOnly, this.behindLoadBalancer)) return;
    // Health checks start counting only after the grace period since launch.
    const detect = world.random.draw(applicationOnly ? LOAD_BALANCER_CHECK_MS : STATUS_CHECK_MS);
    const at = Math.max(world.now + detect, instance.launchedAt + this.options.gracePeriodMs);
    world.at(at, () => this.replace(instance));
  }

  private replace(instance: DeployableInstance): void {
    const world = this.world;
    if (applyInstanceEvent(instance, { type: 'groupFoundUnhealthy' }) !== 'Terminated') return;
    world.log(world.now, this.node.id, 'instanceTerminated', undefined, `instance ${instance.id} terminated; a replacement launches`);
    this.recount();
    this.launchReplacement();
  }

  /** Launches one instance in the enabled zone with the fewest; waits for a zone when every zone is down. */
  launchReplacement(): void {
    const world = this.world;
    const zone = zoneForLaunch(this.zones, this.failedZones, this.instances);
    if (zone === undefined) {
      this.waitingLaunches++;
      return;
    }
    const instance = this.add(zone, 'Pending', world.now);
    this.capacity.replaced++;
    world.after(world.random.draw(LAUNCH_MS), () => {
      if (this.failedZones.has(instance.az)) return;
      instance.launchedAt = world.now;
      applyInstanceEvent(instance, { type: 'launched' });
      world.log(world.now, this.node.id, 'instanceInService', undefined, `instance ${instance.id} in ${instance.az} in service (${this.inService} of ${this.desired})`);
      this.recount();
    });
  }
  private waitingLaunches = 0;

  /** A fault ends: failed zones come back, dead applications restart, launches that waited for a zone start. */
  recover(): void {
    this.failedZones.clear();
    for (const instance of this.instances) {
      if (instance.applicationOnly) applyInstanceEvent(instance, { type: 'applicationRecovered' });
      else if (instance.state === 'Pending' && !this.options.replaces) instance.state = 'InService';
    }
    // A lone instance (no group to replace it) comes back when the fault ends.
    if (!this.options.replaces) for (const instance of this.instances) if (instance.state === 'Unhealthy' || instance.state === 'OutOfService') instance.state = 'InService';
    const waiting = this.waitingLaunches;
    this.waitingLaunches = 0;
    for (let i = 0; i < waiting; i++) this.launchReplacement();
    this.recount();
  }
}
