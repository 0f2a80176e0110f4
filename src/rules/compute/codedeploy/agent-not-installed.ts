import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

export const agentNotInstalled = defineRule({
  id: 'codedeploy/agent-not-installed',
  severity: 'error',
  title: 'Deploying to EC2 instances without the CodeDeploy agent',
  source: {
    section: 'CodeDeploy',
    quote: 'With a CodeDeploy agent in an EC2 instance, the instances can be used in Codedeploy deployments.',
  },
  facts: ['codedeploy.targets'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::CodeDeploy::DeploymentGroup')) {
      for (const edge of design.edgesFrom(node.id, { kind: ['AWS::EC2::Instance', 'AWS::AutoScaling::AutoScalingGroup'] })) {
        const target = design.node(edge.to);
        if (!target || design.config(target).codeDeployAgent !== false) continue;
        reports.push({
          message: `${node.id}: it deploys to ${edge.to}, whose instances do not run the CodeDeploy agent; the deployment waits and then fails.`,
          why: 'On EC2 and on-premises servers, the CodeDeploy agent polls for work, downloads the revision and runs the appspec hooks; without it nothing happens on the instance.',
          fix: `Install the agent on ${edge.to} (in the AMI, user data or with Systems Manager) and set codeDeployAgent: true.`,
          nodes: [node.id, edge.to],
          edges: [design.edgeKey(edge)],
          property: 'codeDeployAgent',
        });
      }
    }
    return reports;
  },
});
