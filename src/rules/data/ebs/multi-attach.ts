import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag, joinIds, text } from '../config-values.ts';

const MAX_ATTACHMENTS = 16;

export const ebsMultiAttach = defineRule({
  id: 'ebs/multi-attach',
  severity: 'error',
  title: 'A volume shared by several instances without io1/io2 Multi-Attach',
  source: { section: 'EBS', quote: "EBSs are attached to an instance, and can't share data between instances." },
  facts: ['ebs.multiattach'],
  currentFact: 'With Multi-Attach, one io1 or io2 volume attaches to up to 16 Nitro-based instances in the same Availability Zone.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const volume of design.nodesOfKind('AWS::EC2::Volume')) {
      const config = design.config(volume);
      const type = text(config.VolumeType) ?? 'gp2';
      const multiAttach = flag(config.MultiAttachEnabled);
      const attachments = design.edgesTo(volume.id, { kind: 'AWS::EC2::Instance' });
      const instances = attachments.map((edge) => edge.from);
      const edges = attachments.map((edge) => design.edgeKey(edge));
      const ioType = type === 'io1' || type === 'io2';
      if (multiAttach && !ioType) {
        reports.push({
          message: `${volume.id}: MultiAttachEnabled is set on a ${type} volume.`,
          why: 'Multi-Attach exists only for provisioned IOPS SSD volumes (io1, io2); CreateVolume rejects it for other types.',
          fix: 'Use VolumeType io2 (or io1), or turn MultiAttachEnabled off.',
          nodes: [volume.id],
          edges: [],
          property: 'MultiAttachEnabled',
        });
        continue;
      }
      if (attachments.length > 1 && !multiAttach) {
        reports.push({
          message: `${volume.id} is attached to ${attachments.length} instances (${joinIds(instances)}) without Multi-Attach.`,
          why: 'An EBS volume attaches to one instance at a time unless it is an io1/io2 volume with Multi-Attach enabled.',
          fix: ioType
            ? 'Set MultiAttachEnabled: true (the application must coordinate writes, e.g. a cluster-aware file system), or give each instance its own volume.'
            : 'Give each instance its own volume, share files through EFS or S3, or use an io2 volume with MultiAttachEnabled.',
          nodes: [volume.id, ...instances],
          edges,
          property: 'MultiAttachEnabled',
        });
      } else if (attachments.length > MAX_ATTACHMENTS) {
        reports.push({
          message: `${volume.id} is attached to ${attachments.length} instances; Multi-Attach allows ${MAX_ATTACHMENTS}.`,
          why: `A Multi-Attach io1/io2 volume attaches to at most ${MAX_ATTACHMENTS} Nitro-based instances in its Availability Zone.`,
          fix: 'Split the instances over several volumes, or share the data through EFS or S3.',
          nodes: [volume.id, ...instances],
          edges,
          property: 'MultiAttachEnabled',
        });
      }
    }
    return reports;
  },
});
