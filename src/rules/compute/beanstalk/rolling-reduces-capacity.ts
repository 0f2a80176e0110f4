import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { deployEnvironment } from './deployment-run.ts';

export const rollingReducesCapacity = defineRule({
  id: 'beanstalk/rolling-reduces-capacity',
  severity: 'info',
  title: 'Rolling deployments run a production environment below capacity',
  source: { section: 'Elastic beanstalk', quote: 'Rolling with additional batch\tSlow\tNo\tNo\tExisting instances\tManual\tHigher' },
  facts: ['eb.deploy.rolling', 'eb.deploy.rolling_batch'],
  currentFact:
    'Rolling with additional batch launches an extra batch of NEW instances first, so capacity never drops; the extra batch is terminated at the end. Both rolling policies roll back only by a manual redeploy.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::ElasticBeanstalk::Environment')) {
      const config = design.config(node);
      if (!config.production || config.deploymentPolicy !== 'Rolling') continue;
      const run = deployEnvironment(design, node);
      if (run.lowestInService === 0 || run.lowestInService >= run.instances) continue;
      reports.push({
        message: `${node.id}: with Rolling and a batch of ${run.batchInstances}, capacity drops to ${run.lowestInService} of ${run.instances} instances during each of the ${run.batches} batches.`,
        why: 'Rolling takes one batch out of service at a time: no downtime, but the remaining instances carry all the traffic, and old and new versions serve side by side until the last batch.',
        fix: 'If the remaining instances cannot carry peak traffic, use RollingWithAdditionalBatch (full capacity, slightly higher cost) or Immutable.',
        nodes: [node.id],
        edges: [],
        property: 'deploymentPolicy',
      });
    }
    return reports;
  },
});
