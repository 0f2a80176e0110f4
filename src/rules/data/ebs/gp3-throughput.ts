import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count, text } from '../config-values.ts';

export const ebsGp3Throughput = defineRule({
  id: 'ebs/gp3-throughput',
  severity: 'error',
  title: 'Throughput set where EBS does not offer it, or out of range',
  source: { section: 'EBS', quote: 'st1: throughput optimized HDD: for read-intensive workloads ... big data, data warehouses. large I/O sizes' },
  facts: ['ebs.gp2.max_iops'],
  currentFact: 'gp3 provisions 125–2,000 MiB/s (raised from 1,000 in 2025), at most 0.25 MiB/s per provisioned IOPS.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::EC2::Volume')) {
      const config = design.config(node);
      const type = text(config.VolumeType) ?? 'gp2';
      const throughput = count(config.Throughput);
      if (throughput === undefined) continue;
      const iops = count(config.Iops) ?? 3_000;
      const max = Math.min(2_000, iops / 4);
      let problem: string | undefined;
      if (type !== 'gp3') problem = `Throughput is only provisioned on gp3 volumes, not ${type}.`;
      else if (throughput < 125) problem = `Throughput is ${throughput} MiB/s; gp3 starts at 125 MiB/s.`;
      else if (throughput > max) problem = `Throughput is ${throughput} MiB/s; with ${iops} IOPS a gp3 volume allows at most ${max} MiB/s.`;
      if (!problem) continue;
      reports.push({
        message: `${node.id}: ${problem}`,
        why: 'gp3 includes 125 MiB/s and provisions up to 2,000 MiB/s, at most 0.25 MiB/s per provisioned IOPS; other types derive throughput from size (gp2, st1, sc1) or IOPS (io1, io2).',
        fix: type !== 'gp3' ? 'Remove Throughput, or switch the volume to gp3.' : 'Keep Throughput within 125 MiB/s and min(2,000, Iops ÷ 4), raising Iops if needed.',
        nodes: [node.id],
        edges: [],
        property: 'Throughput',
      });
    }
    return reports;
  },
});
