import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { markProcessed, type SimMessage, settle } from '../../core/message.ts';
import { Router } from '../../core/router.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';

/**
 * Actor::Client: where the scenario's traffic enters, and an endpoint outside AWS (an HTTP, email or
 * SMS subscriber of a topic) that receives what is pushed to it.
 */
export class Client implements Behaviour {
  readonly router: Router;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    this.router = new Router(world, node.id);
  }

  /** A message from the scenario's traffic leaves this client. */
  emit(message: SimMessage): void {
    const world = this.world;
    const at = message.record.sentAt;
    world.load(this.node.id).received++;
    if (!this.router.leadsAnywhere(message)) {
      settle(message, 'failed', { endedAt: this.node.id, reason: `${this.node.id} has no connection that takes a ${message.operation}` });
      return;
    }
    this.router.forward(message, at, (result) => {
      world.answerClient(message, Math.max(0, result.doneAt - at), result.ok, result.staleMs);
      if (result.staleMs > 0) world.log(result.doneAt, result.answeredBy, 'staleRead', message, `value ${Math.round(result.staleMs)} ms out of date`);
      if (message.operation === 'send') return;
      if (result.ok) markProcessed(message, result.doneAt, result.answeredBy);
      else if (result.throttled) settle(message, 'throttled', { endedAt: result.answeredBy, reason: result.reason ?? 'throttled' });
      else settle(message, 'failed', { endedAt: result.answeredBy, reason: result.reason ?? 'request failed' });
    });
  }

  /** A push to an endpoint outside AWS (an SNS HTTP, email or SMS subscription): delivered. */
  receive(work: Work, reply: Reply): void {
    for (const message of work.messages) {
      markProcessed(message, work.at, this.node.id);
      this.world.log(work.at, this.node.id, 'delivered', message, undefined, work.edge);
    }
    this.world.load(this.node.id).processed += work.messages.length;
    reply({ ok: true, doneAt: work.at, answeredBy: this.node.id });
  }
}
