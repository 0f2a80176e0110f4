import type { DesignNode } from '../../design/schema.ts';
import type { Behaviour } from '../core/behaviour.ts';
import type { Reply, Work } from '../core/work.ts';
import type { SimWorld } from '../core/world.ts';

/**
 * Kinds that carry no traffic in the simulation (roles, keys, alarms, networking): work that reaches
 * one is acknowledged and goes no further, and the trace says so.
 */
export class Ignored implements Behaviour {
  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {}

  receive(work: Work, reply: Reply): void {
    this.world.log(work.at, this.node.id, 'ignored', work.messages[0], `${this.node.kind} has no behaviour in the simulation`, work.edge);
    reply({ ok: true, doneAt: work.at, answeredBy: this.node.id });
  }
}
