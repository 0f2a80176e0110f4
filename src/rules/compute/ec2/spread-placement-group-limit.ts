import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** A spread placement group runs at most this many instances per Availability Zone. */
const SPREAD_LIMIT_PER_ZONE = 7;

export const spreadPlacementGroupLimit = defineRule({
  id: 'ec2/spread-placement-group-limit',
  severity: 'error',
  title: 'More than 7 instances per zone in a spread placement group',
  source: {
    section: 'EC2',
    quote: 'A placement group enables instances to interact with each other via high bandwidth, low latency connection.',
  },
  facts: ['ec2.placement_group'],
  currentFact:
    'Only the cluster strategy packs instances close together for low latency and high throughput; spread (at most 7 running instances per Availability Zone per group) and partition placement groups isolate failures instead.',
  check(design) {
    const byGroupAndZone = new Map<string, string[]>();
    for (const node of design.nodesOfKind('AWS::EC2::Instance')) {
      const config = design.config(node);
      if (config.placementStrategy !== 'spread' || typeof config.PlacementGroupName !== 'string') continue;
      const key = `${config.PlacementGroupName}\u0000${String(config.AvailabilityZone ?? 'its default zone')}`;
      byGroupAndZone.set(key, [...(byGroupAndZone.get(key) ?? []), node.id]);
    }
    const reports: RuleReport[] = [];
    for (const [key, instances] of byGroupAndZone) {
      if (instances.length <= SPREAD_LIMIT_PER_ZONE) continue;
      const [group, zone] = key.split('\u0000');
      reports.push({
        message: `${instances.length} instances (${instances.join(', ')}) are in spread placement group ${group} in ${zone}; a spread group runs at most ${SPREAD_LIMIT_PER_ZONE} per Availability Zone.`,
        why: 'A spread placement group puts each instance on distinct hardware to limit correlated failures, which caps it at 7 running instances per Availability Zone; launching more fails.',
        fix: 'Spread the instances over more Availability Zones, use several spread groups, or use a partition placement group for large fleets.',
        nodes: instances,
        edges: [],
        property: 'PlacementGroupName',
      });
    }
    return reports;
  },
});
