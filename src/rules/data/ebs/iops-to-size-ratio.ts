import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count, text } from '../config-values.ts';
import { VOLUME_LIMITS } from './volume-limits.ts';

export const ebsIopsToSizeRatio = defineRule({
  id: 'ebs/iops-to-size-ratio',
  severity: 'error',
  title: 'Provisioned IOPS above what the volume size allows',
  source: {
    section: 'EBS',
    quote: 'The maximum ratio of provisioned IOPS to the requested volume size (in GB) is 50:1. For example, a 100GB volume can be provisioned with up to 5000 IOPS.',
  },
  facts: ['ebs.io1.ratio', 'ebs.io2.more_iops'],
  currentFact: 'The 50:1 ratio applies to io1 only. io2 (Block Express) allows 1,000 IOPS per GiB, up to 256,000 IOPS, and gp3 allows 500 IOPS per GiB.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::EC2::Volume')) {
      const config = design.config(node);
      const type = text(config.VolumeType) ?? 'gp2';
      const ratio = VOLUME_LIMITS[type]?.iops?.perGiB;
      const size = count(config.Size);
      const iops = count(config.Iops);
      if (ratio === undefined || size === undefined || iops === undefined || iops <= ratio * size) continue;
      reports.push({
        message: `${node.id}: ${iops} IOPS on a ${size} GiB ${type} volume is more than ${ratio} IOPS per GiB (at most ${ratio * size} IOPS).`,
        why: `EBS caps provisioned IOPS by volume size: io1 at 50 IOPS per GiB, gp3 at 500, io2 at 1,000. CreateVolume rejects a higher ratio.`,
        fix: `Lower Iops to ${ratio * size} or less, grow Size to at least ${Math.ceil(iops / ratio)} GiB${type === 'io1' ? ', or use io2 (1,000 IOPS per GiB)' : ''}.`,
        nodes: [node.id],
        edges: [],
        property: 'Iops',
      });
    }
    return reports;
  },
});
