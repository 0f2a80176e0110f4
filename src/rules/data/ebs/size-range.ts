import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count, text } from '../config-values.ts';
import { VOLUME_LIMITS } from './volume-limits.ts';

export const ebsSizeRange = defineRule({
  id: 'ebs/size-range',
  severity: 'error',
  title: 'Volume size outside what the volume type offers',
  source: {
    section: 'EBS',
    quote: 'Highly available (automatically replicated within a single AZ but AZ locked) and scalable storage volume that can be attached to the EC2 instance.',
  },
  facts: ['ebs.gp2.max_iops', 'ebs.io2.more_iops'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::EC2::Volume')) {
      const config = design.config(node);
      const type = text(config.VolumeType) ?? 'gp2';
      const limits = VOLUME_LIMITS[type];
      const size = count(config.Size);
      if (!limits || size === undefined || (size >= limits.minSize && size <= limits.maxSize)) continue;
      reports.push({
        message: `${node.id}: Size is ${size} GiB; a ${type} volume is ${limits.minSize.toLocaleString('en-US')}–${limits.maxSize.toLocaleString('en-US')} GiB.`,
        why: 'Sizes per type: gp2 1–16,384 GiB; gp3 1–65,536; io1 4–16,384; io2 4–65,536; st1 and sc1 125–16,384 (HDDs have a large minimum); standard 1–1,024.',
        fix: size < limits.minSize ? `Set Size to at least ${limits.minSize} GiB, or pick a type with a smaller minimum (gp3).` : `Lower Size, or use gp3 or io2 (up to 64 TiB), or spread data over several volumes.`,
        nodes: [node.id],
        edges: [],
        property: 'Size',
      });
    }
    return reports;
  },
});
