import type { DesignNode } from '../../../design/schema.ts';
import { numberSetting, stringSetting } from '../../core/config.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import type { NodeReport } from '../../types.ts';
import { Application } from '../application/application.ts';
import { placementOf } from '../application/placement.ts';
import { Fleet } from './fleet.ts';
import { FleetBehaviour } from './fleet-behaviour.ts';

/**
 * An Auto Scaling group: DesiredCapacity instances (MinSize when left out) spread over its zones in
 * one Region. A failed instance is terminated and replaced once a health check notices (EC2 status
 * checks; a dead application only with HealthCheckType ELB), never before the grace period; an AZ
 * failure moves its instances to the other zones. The report shows capacity dipping and recovering.
 */
export class AutoScalingGroup extends FleetBehaviour {
  readonly node: DesignNode;
  readonly fleet: Fleet;

  constructor(node: DesignNode, world: SimWorld) {
    super();
    this.node = node;
    const config = world.config(node);
    this.fleet = new Fleet(node, world, new Application(node, world), {
      placement: placementOf(world, node),
      healthCheckType: stringSetting(config, 'HealthCheckType', 'EC2'),
      gracePeriodMs: numberSetting(config, 'HealthCheckGracePeriod', 0) * 1000,
      replaces: true,
    });
  }

  receive(work: Work, reply: Reply): void {
    if (work.invocation === 'batch') {
      this.fleet.app.receive(work, reply);
      return;
    }
    this.fleet.serve(work, reply);
  }

  report(runMs: number): NodeReport {
    return { capacity: this.fleet.capacity.report(runMs) };
  }
}
