import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';

export const auroraServerlessV1Retired = defineRule({
  id: 'aurora/serverless-v1-retired',
  severity: 'error',
  title: 'A cluster in the retired Aurora Serverless v1 mode',
  source: { section: 'Aurora', quote: 'Aurora is not serverless by default, but can be made serverless.' },
  facts: ['aurora.serverless'],
  currentFact:
    'Serverless now means Aurora Serverless v2: db.serverless instances in a provisioned-mode cluster, scaling in ACUs and mixable with provisioned instances. Serverless v1 (EngineMode serverless) reached end of life on March 31, 2025.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const cluster of design.nodesOfKind('AWS::RDS::DBCluster')) {
      if (text(design.config(cluster).EngineMode) !== 'serverless') continue;
      reports.push({
        message: `${cluster.id}: EngineMode serverless is Aurora Serverless v1, which AWS has retired.`,
        why: 'Aurora Serverless v1 reached end of life on March 31, 2025: new v1 clusters cannot be created and existing ones were moved to Serverless v2.',
        fix: 'Keep EngineMode provisioned and set ServerlessV2ScalingConfiguration { MinCapacity, MaxCapacity } (instances of class db.serverless).',
        nodes: [cluster.id],
        edges: [],
        property: 'EngineMode',
      });
    }
    return reports;
  },
});
