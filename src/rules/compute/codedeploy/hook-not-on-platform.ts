import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { computePlatformOf, hooksOf, RESERVED_LIFECYCLE_EVENTS, SCRIPTABLE_HOOKS } from './lifecycle-hooks.ts';

export const hookNotOnPlatform = defineRule({
  id: 'codedeploy/hook-not-on-platform',
  severity: 'error',
  title: 'A hook the compute platform does not have',
  source: { section: 'CodeDeploy', quote: 'Automated deployments to EC2, Lambda, or to on-premises.' },
  facts: ['codedeploy.targets'],
  currentFact:
    'CodeDeploy deploys to three compute platforms: EC2/on-premises, Lambda and ECS (missing from the notes). Lambda and ECS deployments shift traffic and have their own, shorter list of hooks.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::CodeDeploy::DeploymentGroup')) {
      const config = design.config(node);
      const platform = computePlatformOf(config.computePlatform);
      const allowed = SCRIPTABLE_HOOKS[platform];
      const foreign = hooksOf(config.hooks).filter((hook) => !allowed.includes(hook) && !RESERVED_LIFECYCLE_EVENTS.includes(hook));
      if (foreign.length === 0) continue;
      reports.push({
        message: `${node.id}: ${foreign.join(', ')} ${foreign.length === 1 ? 'is not a hook' : 'are not hooks'} of the ${platform} compute platform.`,
        why: `An ${platform === 'Server' ? 'EC2/on-premises' : platform} deployment offers the hooks ${allowed.join(', ')}; CodeDeploy rejects an appspec naming others.`,
        fix: `Use only ${allowed.join(', ')}, or change computePlatform to the platform the deployment targets.`,
        nodes: [node.id],
        edges: [],
        property: 'hooks',
      });
    }
    return reports;
  },
});
