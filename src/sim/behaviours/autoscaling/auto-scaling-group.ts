import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour, FailureCause } from '../../core/behaviour.ts';
import { numberSetting, stringSetting } from '../../core/config.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import type { NodeReport } from '../../types.ts';
import { Application } from '../application/application.ts';
import { placementOf } from '../application/placement.ts';
import type { TargetFleet } from '../elb/fleet.ts';
import { Fleet } from './fleet.ts';

/**
 * An Auto Scaling group: DesiredCapacity instances (MinSize when left out) spread over its zones in
 * one Region. A failed instance is terminated and replaced once a health check notices (EC2 status
 * checks; a dead application only with HealthCheckType ELB), never before the grace period; an AZ
 * failure moves its instances to the other zones. The report shows capacity dipping and recovering.
 */
export class AutoScalingGroup implements Behaviour, TargetFleet {
  readonly fleet: Fleet;

  constructor(
    readonly node: DesignNode,
    world: SimWorld,
  ) {
    const config = world.config(node);
    this.fleet = new Fleet(node, world, new Application(node, world), {
      placement: placementOf(world, node),
      healthCheckType: stringSetting(config, 'HealthCheckType', 'EC2'),
      gracePeriodMs: numberSetting(config, 'HealthCheckGracePeriod', 0) * 1000,
      replaces: true,
    });
  }

  get isDown(): boolean {
    return this.fleet.inService === 0;
  }

  routableInstances(): readonly number[] {
    return this.fleet.routableInstances();
  }

  serveOn(instance: number, work: Work, reply: Reply): void {
    this.fleet.serveOn(instance, work, reply);
  }

  receive(work: Work, reply: Reply): void {
    if (work.invocation === 'batch') {
      this.fleet.app.receive(work, reply);
      return;
    }
    this.fleet.serve(work, reply);
  }

  /** Pollers (queue workers) get one worker per instance in service. */
  availableConcurrency(): number {
    return Math.max(0, this.fleet.app.availableConcurrency() - (this.fleet.desired - this.fleet.inService));
  }

  onCapacityFreed(listener: () => void): void {
    this.fleet.app.onCapacityFreed(listener);
    this.fleet.onCapacityFreed(listener);
  }

  fail(cause: FailureCause, az: string): void {
    this.fleet.fail(cause, az);
  }

  recover(): void {
    this.fleet.recover();
  }

  /** The group's instance hours (DesiredCapacity, else MinSize, instances by InstanceType). */
  monthlyCostUsd(): number {
    return this.fleet.app.monthlyCostUsd();
  }

  report(runMs: number): NodeReport {
    return { capacity: this.fleet.capacity.report(runMs) };
  }
}
