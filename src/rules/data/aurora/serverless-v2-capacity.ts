import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count, record } from '../config-values.ts';

const MAX_ACU = 256;

export const auroraServerlessV2Capacity = defineRule({
  id: 'aurora/serverless-v2-capacity',
  severity: 'error',
  title: 'An Aurora Serverless v2 capacity range AWS refuses',
  source: { section: 'Aurora', quote: 'Aurora is not serverless by default, but can be made serverless.' },
  facts: ['aurora.serverless'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const cluster of design.nodesOfKind('AWS::RDS::DBCluster')) {
      const scaling = design.config(cluster).ServerlessV2ScalingConfiguration;
      if (scaling === undefined) continue;
      const min = count(record(scaling).MinCapacity) ?? 0;
      const max = count(record(scaling).MaxCapacity) ?? 0;
      const problems: string[] = [];
      if (min < 0 || min > MAX_ACU) problems.push(`MinCapacity ${min} is outside 0–${MAX_ACU} ACU`);
      if (max < 1 || max > MAX_ACU) problems.push(`MaxCapacity ${max} is outside 1–${MAX_ACU} ACU`);
      if (min > max) problems.push(`MinCapacity ${min} is above MaxCapacity ${max}`);
      if ([min, max].some((acu) => (acu * 2) % 1 !== 0)) problems.push('capacities go in steps of 0.5 ACU');
      if (problems.length === 0) continue;
      reports.push({
        message: `${cluster.id}: ${problems.join('; ')}.`,
        why: 'Aurora Serverless v2 instances scale between MinCapacity and MaxCapacity in steps of 0.5 ACU (about 2 GiB of memory each): MinCapacity 0 (auto-pause) to 256, MaxCapacity 1 to 256.',
        fix: 'Pick 0 ≤ MinCapacity ≤ MaxCapacity ≤ 256 in half-ACU steps, e.g. MinCapacity 0.5 and MaxCapacity 16.',
        nodes: [cluster.id],
        edges: [],
        property: 'ServerlessV2ScalingConfiguration',
      });
    }
    return reports;
  },
});
