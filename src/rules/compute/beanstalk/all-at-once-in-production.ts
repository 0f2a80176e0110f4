import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { deployEnvironment } from './deployment-run.ts';

export const allAtOnceInProduction = defineRule({
  id: 'beanstalk/all-at-once-in-production',
  severity: 'warning',
  title: 'All-at-once deployments to a production environment',
  source: { section: 'Elastic beanstalk', quote: 'All at once\tFastest\tYes\tYes\tExisting instances\tManual\tLow' },
  facts: ['eb.deploy.all_at_once', 'eb.deploy.bluegreen'],
  currentFact:
    'All at once is the default policy. Blue/green is not a deployment policy: you clone to a separate environment (its own load balancer and Auto Scaling group) and swap the environments’ CNAMEs; roll back by swapping back.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::ElasticBeanstalk::Environment')) {
      const config = design.config(node);
      if (!config.production || config.deploymentPolicy !== 'AllAtOnce') continue;
      const run = deployEnvironment(design, node);
      reports.push({
        message: `${node.id}: with AllAtOnce, all ${run.instances} instance(s) take the new version together and capacity drops to ${run.lowestInService} of ${run.instances} during the deployment: the site is down.`,
        why: 'All at once deploys to every existing instance in one batch: fastest and cheapest, but requests fail while the instances restart, and a bad version leaves every instance broken until you redeploy the old one by hand.',
        fix: 'Use Rolling or RollingWithAdditionalBatch (no downtime), Immutable or TrafficSplitting (automatic rollback), or blue/green: a cloned environment and a CNAME swap.',
        nodes: [node.id],
        edges: [],
        property: 'deploymentPolicy',
      });
    }
    return reports;
  },
});
