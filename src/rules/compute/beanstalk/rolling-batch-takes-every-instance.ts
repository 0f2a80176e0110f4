import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { deployEnvironment } from './deployment-run.ts';

export const rollingBatchTakesEveryInstance = defineRule({
  id: 'beanstalk/rolling-batch-takes-every-instance',
  severity: 'warning',
  title: 'A rolling deployment whose batch is the whole environment',
  source: { section: 'Elastic beanstalk', quote: 'Rolling\tFast\tNo\tYes\tExisting instances\tManual\tLow' },
  facts: ['eb.deploy.rolling'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::ElasticBeanstalk::Environment')) {
      if (design.config(node).deploymentPolicy !== 'Rolling') continue;
      const run = deployEnvironment(design, node);
      if (run.lowestInService > 0) continue;
      reports.push({
        message: `${node.id}: Rolling with a batch of ${run.batchInstances} of ${run.instances} instance(s) takes them all out of service at once: capacity drops to ${run.lowestInService} during the deployment, which is all at once in disguise.`,
        why: 'A rolling deployment avoids downtime only because the instances outside the current batch keep serving; a batch as large as the environment (BatchSize 100% is the default) leaves none.',
        fix: 'Lower batchSize (e.g. 25–50 percent) with at least two instances, or use RollingWithAdditionalBatch to keep full capacity.',
        nodes: [node.id],
        edges: [],
        property: 'batchSize',
      });
    }
    return reports;
  },
});
