import type { DesignNode } from '../../../design/schema.ts';
import { listSetting, numberSetting, objectSetting, stringSetting } from '../../core/config.ts';
import type { SimWorld } from '../../core/world.ts';

/** Zones a fleet spreads over when the design names none (a default VPC's first three). */
const DEFAULT_ZONES = ['a', 'b', 'c'];

/** An Availability Zone name such as us-east-1a: the zone is its last letter. */
const ZONE_NAME = /^[a-z]{2}(-[a-z]+)+-\d+[a-z]$/;

/**
 * How many instances or tasks run the application: an Auto Scaling group's DesiredCapacity (MinSize
 * when left out), an ECS service's DesiredCount, a Beanstalk environment's minSize option (one
 * instance when it is SingleInstance), one EC2 instance.
 */
export function instanceCount(kind: string | undefined, config: Record<string, unknown>): number {
  switch (kind) {
    case 'AWS::AutoScaling::AutoScalingGroup':
      return Math.max(1, numberSetting(config, 'DesiredCapacity', numberSetting(config, 'MinSize', 1)));
    case 'AWS::ECS::Service':
      return Math.max(1, numberSetting(config, 'DesiredCount', 1));
    case 'AWS::ElasticBeanstalk::Environment':
      return stringSetting(config, 'environmentType', 'LoadBalanced') === 'SingleInstance' ? 1 : Math.max(1, numberSetting(config, 'minSize', 1));
    default:
      return 1;
  }
}

/**
 * The zone of each instance or task, spread round robin over the zones it may use (as Auto Scaling
 * and the ECS service scheduler balance them):
 * - an EC2 instance: its AvailabilityZone;
 * - an Auto Scaling group: its AvailabilityZones, or one zone per subnet of VPCZoneIdentifier;
 * - an ECS service: one zone per subnet of NetworkConfiguration.AwsvpcConfiguration.Subnets, else
 *   the scheduler's default spread over the zones;
 * - a load-balanced Beanstalk environment: its group's default, any zone.
 */
export function placementOf(world: SimWorld, node: DesignNode): string[] {
  const config = world.config(node);
  const count = instanceCount(node.kind, config);
  const zones = zonesOf(world, node, config, count);
  return Array.from({ length: count }, (_, index) => zones[index % zones.length]!);
}

function zonesOf(world: SimWorld, node: DesignNode, config: Record<string, unknown>, count: number): string[] {
  switch (node.kind) {
    case 'AWS::AutoScaling::AutoScalingGroup': {
      const named = zoneLetters([...listSetting(config, 'AvailabilityZones'), ...listSetting(config, 'VPCZoneIdentifier')]);
      return named.length > 0 ? named : [world.azOf(node)];
    }
    case 'AWS::ECS::Service': {
      const subnets = listSetting(objectSetting(objectSetting(config, 'NetworkConfiguration'), 'AwsvpcConfiguration'), 'Subnets');
      const named = zoneLetters(subnets);
      return named.length > 0 ? named : DEFAULT_ZONES.slice(0, Math.min(count, DEFAULT_ZONES.length));
    }
    case 'AWS::ElasticBeanstalk::Environment':
      return count > 1 ? DEFAULT_ZONES.slice(0, Math.min(count, DEFAULT_ZONES.length)) : [world.azOf(node)];
    default:
      return [world.azOf(node)];
  }
}

/**
 * Zone letters of zone names and subnets: a zone name gives its letter; a subnet id does not say
 * its zone, so distinct subnets are taken to lie in distinct zones (a, b, c, ... in order).
 */
function zoneLetters(values: unknown[]): string[] {
  const letters: string[] = [];
  let subnets = 0;
  for (const value of new Set(values)) {
    if (typeof value !== 'string' || value.length === 0) continue;
    const letter = ZONE_NAME.test(value) ? value.slice(-1) : String.fromCharCode(97 + (subnets++ % 26));
    if (!letters.includes(letter)) letters.push(letter);
  }
  return letters;
}
