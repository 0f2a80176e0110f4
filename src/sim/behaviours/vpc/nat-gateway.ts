import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { BYTES_PER_GB, HOURS_PER_MONTH, NAT_GATEWAY_HOUR, NAT_GATEWAY_PER_GB, perMonth } from '../../core/prices.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';

/**
 * A NAT gateway: outbound connections from private subnets leave through it. The simulation does not
 * model the internet behind it, so work is acknowledged; what it costs is its hours and every GB it
 * processes.
 */
export class NatGateway implements Behaviour {
  private processedBytes = 0;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {}

  receive(work: Work, reply: Reply): void {
    for (const message of work.messages) this.processedBytes += message.bytes;
    this.world.load(this.node.id).processed += work.messages.length;
    if (this.world.trace.wantsRoutine) this.world.log(work.at, this.node.id, 'outboundThroughNat', work.messages[0], undefined, work.edge);
    reply({ ok: true, doneAt: work.at, answeredBy: this.node.id });
  }

  monthlyCostUsd(runMs: number): number {
    return NAT_GATEWAY_HOUR * HOURS_PER_MONTH + (perMonth(this.processedBytes, runMs) / BYTES_PER_GB) * NAT_GATEWAY_PER_GB;
  }
}
