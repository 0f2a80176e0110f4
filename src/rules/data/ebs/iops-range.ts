import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count, text } from '../config-values.ts';
import { gp2BaselineIops, VOLUME_LIMITS } from './volume-limits.ts';

export const ebsIopsRange = defineRule({
  id: 'ebs/iops-range',
  severity: 'error',
  title: 'Iops outside what the volume type offers',
  source: { section: 'EBS', quote: 'gp2: general purpose SSD, boot disks and general applications. ... up to 16k IOPS per volume' },
  facts: ['ebs.gp2.max_iops', 'ebs.io2.more_iops'],
  currentFact:
    'gp2 still tops out at 16,000 IOPS (3 per GiB). gp3 provisions 3,000–80,000 IOPS (raised from 16,000 in 2025), io1 100–64,000, io2 100–256,000.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::EC2::Volume')) {
      const config = design.config(node);
      const type = text(config.VolumeType) ?? 'gp2';
      const limits = VOLUME_LIMITS[type]?.iops;
      const iops = count(config.Iops);
      const size = count(config.Size);
      const report = (message: string, why: string, fix: string) =>
        reports.push({ message: `${node.id}: ${message}`, why, fix, nodes: [node.id], edges: [], property: 'Iops' });
      if (!limits) {
        if (iops === undefined) continue;
        const earned =
          type === 'gp2' && size !== undefined ? ` This ${size} GiB volume gets ${gp2BaselineIops(size)} IOPS.` : '';
        report(
          `a ${type} volume takes no Iops (${iops} given).`,
          `Only gp3, io1 and io2 provision IOPS. gp2 earns 3 IOPS per GiB (at least 100, at most 16,000); st1, sc1 and standard are sized for throughput.${earned}`,
          type === 'gp2' ? 'Remove Iops, or switch to gp3 (3,000–80,000 IOPS independent of size).' : 'Remove Iops, or use an SSD type (gp3, io1, io2) for IOPS-bound work.',
        );
        continue;
      }
      if (iops === undefined) {
        if (limits.required) {
          report(
            `a ${type} volume needs Iops.`,
            `${type} is provisioned IOPS SSD: you set the IOPS (${limits.min.toLocaleString('en-US')}–${limits.max.toLocaleString('en-US')}) and CreateVolume fails without it.`,
            `Set Iops, e.g. ${Math.min(limits.max, limits.perGiB * (size ?? 100))}.`,
          );
        }
        continue;
      }
      if (iops >= limits.min && iops <= limits.max) continue;
      report(
        `Iops is ${iops}; a ${type} volume takes ${limits.min.toLocaleString('en-US')}–${limits.max.toLocaleString('en-US')}.`,
        `Each EBS type has an IOPS range: gp3 3,000–80,000, io1 100–64,000, io2 100–256,000 per volume.`,
        iops > limits.max
          ? type === 'io2'
            ? 'Spread the load over several volumes (striping) or lower Iops.'
            : `Lower Iops, or use ${type === 'io1' ? 'io2 (up to 256,000)' : 'io2 (up to 256,000) for more'}.`
          : `Raise Iops to at least ${limits.min}.`,
      );
    }
    return reports;
  },
});
