import type { DesignNode } from '../../design/schema.ts';
import type { Behaviour } from '../core/behaviour.ts';
import { Router } from '../core/router.ts';
import type { Reply, Work } from '../core/work.ts';
import type { SimWorld } from '../core/world.ts';

/** A hop with no behaviour of its own yet (load balancers, workflows): passes work on unchanged after a small delay. */
const HOP_MS = { min: 1, max: 3 };

export class PassThrough implements Behaviour {
  private readonly router: Router;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    this.router = new Router(world, node.id);
  }

  receive(work: Work, reply: Reply): void {
    const world = this.world;
    const at = work.at + world.random.draw(HOP_MS);
    world.load(this.node.id).processed += work.messages.length;
    for (const message of work.messages) {
      world.log(at, this.node.id, 'passedOn', message, undefined, work.edge);
      this.router.forward(message, at, (result) => reply({ ok: result.ok, doneAt: result.doneAt, staleMs: result.staleMs, throttled: result.throttled, reason: result.reason, answeredBy: result.answeredBy }));
    }
  }
}
