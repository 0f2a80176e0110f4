import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { computePlatformOf } from './lifecycle-hooks.ts';

export const inPlaceNeedsServerPlatform = defineRule({
  id: 'codedeploy/in-place-needs-server-platform',
  severity: 'error',
  title: 'An in-place deployment to Lambda or ECS',
  source: { section: 'EC2', quote: 'EC2 only allows in-place or blue/green deployment.' },
  facts: ['codedeploy.targets'],
  currentFact: 'EC2/on-premises supports in-place and blue/green; Lambda and ECS deployments are always blue/green, shifting traffic (canary, linear or all at once).',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::CodeDeploy::DeploymentGroup')) {
      const config = design.config(node);
      const platform = computePlatformOf(config.computePlatform);
      const style = config.DeploymentStyle as { DeploymentType?: string } | undefined;
      if (platform === 'Server' || style?.DeploymentType !== 'IN_PLACE') continue;
      reports.push({
        message: `${node.id}: DeploymentType is IN_PLACE, but a ${platform} deployment can only be blue/green.`,
        why: `There is no server to update in place on ${platform}: CodeDeploy publishes a new ${platform === 'Lambda' ? 'function version' : 'task set'} and shifts traffic to it (all at once, canary or linear).`,
        fix: 'Set DeploymentStyle.DeploymentType to BLUE_GREEN and choose a traffic-shifting DeploymentConfigName.',
        nodes: [node.id],
        edges: [],
        property: 'DeploymentStyle',
      });
    }
    return reports;
  },
});
