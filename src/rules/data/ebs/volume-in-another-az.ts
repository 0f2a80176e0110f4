import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';

export const ebsVolumeInAnotherAz = defineRule({
  id: 'ebs/volume-in-another-az',
  severity: 'error',
  title: 'A volume attached to an instance in another Availability Zone',
  source: { section: 'EBS', quote: 'Highly available (automatically replicated within a single AZ but AZ locked)' },
  facts: ['ebs.az_locked'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const volume of design.nodesOfKind('AWS::EC2::Volume')) {
      const volumeZone = text(design.config(volume).AvailabilityZone);
      if (!volumeZone) continue;
      for (const edge of design.edgesTo(volume.id, { kind: 'AWS::EC2::Instance' })) {
        const instance = design.node(edge.from);
        const instanceZone = instance ? text(design.config(instance).AvailabilityZone) : undefined;
        if (!instanceZone || instanceZone === volumeZone) continue;
        reports.push({
          message: `${volume.id} is in ${volumeZone} but ${edge.from} runs in ${instanceZone}.`,
          why: 'An EBS volume is replicated inside one Availability Zone and attaches only to instances in that zone.',
          fix: `Create the volume in ${instanceZone} (snapshot it and restore the snapshot there: snapshots are regional), or move the instance.`,
          nodes: [edge.from, volume.id],
          edges: [design.edgeKey(edge)],
          property: 'AvailabilityZone',
        });
      }
    }
    return reports;
  },
});
