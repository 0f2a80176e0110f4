import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

export const singleTaskBehindLoadBalancer = defineRule({
  id: 'ecs/single-task-behind-load-balancer',
  severity: 'warning',
  title: 'A load-balanced ECS service with one task',
  source: {
    section: 'ECS',
    quote: 'When you use ECS with a load balancer deployed across multiple AZs, you get a scalable and highly available REST API.',
  },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::ECS::Service')) {
      const config = design.config(node);
      if (config.SchedulingStrategy !== 'REPLICA' || Number(config.DesiredCount) >= 2) continue;
      const balancers = design.edgesTo(node.id, { kind: 'AWS::ElasticLoadBalancingV2::LoadBalancer' });
      if (balancers.length === 0) continue;
      reports.push({
        message: `${node.id}: ${balancers.map((edge) => edge.from).join(', ')} spreads traffic over DesiredCount ${config.DesiredCount} task, which runs in one Availability Zone.`,
        why: 'A load balancer gives high availability only when it has targets in more than one Availability Zone; with a single task, a task failure or a zone outage takes the API down until ECS starts a replacement.',
        fix: 'Set DesiredCount to at least 2 so ECS spreads the tasks over Availability Zones.',
        nodes: [node.id, ...balancers.map((edge) => edge.from)],
        edges: balancers.map((edge) => design.edgeKey(edge)),
        property: 'DesiredCount',
      });
    }
    return reports;
  },
});
