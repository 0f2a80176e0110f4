import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const MAX_SECONDARY_REGIONS = 10;

export const auroraGlobalSecondaryLimit = defineRule({
  id: 'aurora/global-secondary-limit',
  severity: 'error',
  title: 'More secondary Regions than an Aurora global database allows',
  source: { section: 'Aurora', quote: 'In Aurora global, the primary region allows read & write, while the secondary region is read only.' },
  facts: ['aurora.global'],
  currentFact: 'An Aurora global database has one primary Region and up to 10 read-only secondary Regions (formerly 5).',
  check(design) {
    const reports: RuleReport[] = [];
    for (const primary of design.nodesOfKind('AWS::RDS::DBCluster')) {
      const secondaries = design.edgesFrom(primary.id, { kind: 'AWS::RDS::DBCluster', role: 'replica' });
      if (secondaries.length <= MAX_SECONDARY_REGIONS) continue;
      reports.push({
        message: `${primary.id} replicates to ${secondaries.length} secondary clusters; a global database has at most ${MAX_SECONDARY_REGIONS}.`,
        why: 'Aurora Global Database supports one primary Region and up to 10 secondary Regions, each a read-only cluster.',
        fix: `Keep ${MAX_SECONDARY_REGIONS} secondary clusters or fewer; serve further Regions from the nearest secondary or a cache.`,
        nodes: [primary.id, ...secondaries.map((edge) => edge.to)],
        edges: secondaries.map((edge) => design.edgeKey(edge)),
      });
    }
    return reports;
  },
});
