import { componentFor } from '../../../catalog/index.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { type ComputePlatform, computePlatformOf } from './lifecycle-hooks.ts';

const PLATFORM_OF_KIND: Record<string, ComputePlatform> = {
  'AWS::EC2::Instance': 'Server',
  'AWS::AutoScaling::AutoScalingGroup': 'Server',
  'AWS::Lambda::Function': 'Lambda',
  'AWS::ECS::Service': 'ECS',
};

export const targetMatchesPlatform = defineRule({
  id: 'codedeploy/target-matches-platform',
  severity: 'error',
  title: 'A deployment target of another compute platform',
  source: { section: 'CodeDeploy', quote: 'Automated deployments to EC2, Lambda, or to on-premises.' },
  facts: ['codedeploy.targets'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::CodeDeploy::DeploymentGroup')) {
      const platform = computePlatformOf(design.config(node).computePlatform);
      for (const edge of design.edgesFrom(node.id)) {
        const targetKind = design.kindOf(edge.to) ?? '';
        const needed = PLATFORM_OF_KIND[targetKind];
        if (!needed || needed === platform) continue;
        reports.push({
          message: `${node.id}: it deploys to ${edge.to}, a ${componentFor(targetKind)?.label ?? targetKind}, but its computePlatform is ${platform}.`,
          why: 'A CodeDeploy application has one compute platform (Server for EC2/on-premises, Lambda or ECS) and its deployment groups can only target that platform.',
          fix: `Set computePlatform to ${needed}, or use a separate application and deployment group for ${edge.to}.`,
          nodes: [node.id, edge.to],
          edges: [design.edgeKey(edge)],
          property: 'computePlatform',
        });
      }
    }
    return reports;
  },
});
