import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

export const singleAvailabilityZone = defineRule({
  id: 'autoscaling/single-availability-zone',
  severity: 'warning',
  title: 'An Auto Scaling group in one Availability Zone',
  source: { section: 'EC2', quote: 'ASGs attempt to distribute instances evenly between the AZs that are enabled for the ASG' },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::AutoScaling::AutoScalingGroup')) {
      const config = design.config(node);
      const zones = Array.isArray(config.AvailabilityZones) ? new Set(config.AvailabilityZones) : undefined;
      const subnets = Array.isArray(config.VPCZoneIdentifier) ? new Set(config.VPCZoneIdentifier) : undefined;
      // A single subnet lies in a single zone; several subnets may or may not span zones.
      const single = zones ? zones.size === 1 : subnets?.size === 1;
      if (!single) continue;
      const where = zones ? `Availability Zone ${[...zones][0]}` : `subnet ${[...(subnets ?? [])][0]}`;
      reports.push({
        message: `${node.id}: every instance launches in ${where}; if that zone fails, the whole group is down.`,
        why: 'An Auto Scaling group spreads instances evenly over the Availability Zones enabled for it and relaunches capacity in the healthy zones when one fails, but only across the zones (subnets) you give it, all in one Region.',
        fix: zones ? 'List at least two Availability Zones in AvailabilityZones.' : 'Give VPCZoneIdentifier subnets in at least two Availability Zones.',
        nodes: [node.id],
        edges: [],
        property: zones ? 'AvailabilityZones' : 'VPCZoneIdentifier',
      });
    }
    return reports;
  },
});
