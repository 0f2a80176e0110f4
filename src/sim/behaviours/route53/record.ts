import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { stringSetting } from '../../core/config.ts';
import { perMonth, ROUTE53_HOSTED_ZONE_MONTH, ROUTE53_PER_MILLION_QUERIES } from '../../core/prices.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import { PassThrough } from '../pass-through.ts';

const RECORD_SET = 'AWS::Route53::RecordSet';

/** The hosted zone a record lives in: HostedZoneName, else the last two labels of its Name, else its own. */
export function hostedZoneOf(node: DesignNode, config: Record<string, unknown>): string {
  const zone = stringSetting(config, 'HostedZoneName', '');
  if (zone !== '') return zone.toLowerCase().replace(/\.$/, '');
  const labels = stringSetting(config, 'Name', '').toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  return labels.length >= 2 ? labels.slice(-2).join('.') : `zone-of-${node.id}`;
}

/**
 * A Route 53 record: requests resolve through it on to what it points at (a pass-through hop). It
 * costs the queries it answers (alias records to AWS resources answer free), and the first record of
 * each hosted zone in the design carries the zone's monthly charge.
 */
export class Route53Record implements Behaviour {
  private readonly hop: PassThrough;
  private queries = 0;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    this.hop = new PassThrough(node, world);
  }

  receive(work: Work, reply: Reply): void {
    this.queries += work.messages.length;
    this.hop.receive(work, reply);
  }

  monthlyCostUsd(runMs: number): number {
    const world = this.world;
    const config = world.config(this.node);
    const zone = hostedZoneOf(this.node, config);
    const firstOfZone = world.design.nodes.find((node) => node.kind === RECORD_SET && hostedZoneOf(node, world.config(node)) === zone);
    const zoneCharge = firstOfZone?.id === this.node.id ? ROUTE53_HOSTED_ZONE_MONTH : 0;
    const alias = config.AliasTarget !== undefined;
    return zoneCharge + (alias ? 0 : (perMonth(this.queries, runMs) / 1e6) * ROUTE53_PER_MILLION_QUERIES);
  }
}
