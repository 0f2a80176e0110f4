import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag, text } from '../config-values.ts';

export const ebsHddCannotBoot = defineRule({
  id: 'ebs/hdd-cannot-boot',
  severity: 'error',
  title: 'An HDD volume (st1, sc1) used as a boot volume',
  source: { section: 'EBS', quote: 'gp2: general purpose SSD, boot disks and general applications. the only option that can be a boot volume.' },
  facts: ['ebs.gp2.boot_only'],
  currentFact: 'gp2 is not the only boot type: gp3, io1, io2 and magnetic standard volumes boot too. Only the HDD types st1 and sc1 cannot.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const volume of design.nodesOfKind('AWS::EC2::Volume')) {
      const type = text(design.config(volume).VolumeType) ?? 'gp2';
      if (type !== 'st1' && type !== 'sc1') continue;
      for (const edge of design.edgesTo(volume.id, { kind: 'AWS::EC2::Instance' })) {
        if (!flag(design.edgeConfig(edge).bootVolume)) continue;
        reports.push({
          message: `${edge.from} boots from ${volume.id}, a ${type} volume.`,
          why: 'st1 (throughput optimised) and sc1 (cold) HDD volumes cannot be boot volumes; EC2 refuses them as the root device.',
          fix: `Boot from a gp3 volume (or gp2, io1, io2) and keep ${volume.id} as a data volume (bootVolume: false).`,
          nodes: [edge.from, volume.id],
          edges: [design.edgeKey(edge)],
          property: 'VolumeType',
        });
      }
    }
    return reports;
  },
});
