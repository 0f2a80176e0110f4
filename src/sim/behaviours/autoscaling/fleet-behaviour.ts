import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour, FailureCause } from '../../core/behaviour.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { NodeReport } from '../../types.ts';
import type { TargetFleet } from '../elb/fleet.ts';
import type { Fleet } from './fleet.ts';

/**
 * What every kind made of a fleet of instances shares (Auto Scaling groups, Beanstalk
 * environments): health, capacity for pollers, failures and cost all come from its Fleet.
 */
export abstract class FleetBehaviour implements Behaviour, TargetFleet {
  abstract readonly node: DesignNode;
  abstract readonly fleet: Fleet;

  abstract receive(work: Work, reply: Reply): void;
  abstract report(runMs: number): NodeReport;

  get isDown(): boolean {
    return this.fleet.inService === 0;
  }

  routableInstances(): readonly number[] {
    return this.fleet.routableInstances();
  }

  serveOn(instance: number, work: Work, reply: Reply): void {
    this.fleet.serveOn(instance, work, reply);
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

  /** The fleet's instance hours (by InstanceType); the group or environment itself costs nothing extra. */
  monthlyCostUsd(): number {
    return this.fleet.app.monthlyCostUsd();
  }
}
