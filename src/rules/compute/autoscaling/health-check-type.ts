import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const LOAD_BALANCERS = ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancing::LoadBalancer'];

export const healthCheckType = defineRule({
  id: 'autoscaling/health-check-type',
  severity: 'warning',
  title: 'A load-balanced group that ignores load balancer health checks',
  source: {
    section: 'EC2',
    quote: "If it's unhealthy, the AS group will terminate it first, and create a new one after",
  },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::AutoScaling::AutoScalingGroup')) {
      if (design.config(node).HealthCheckType !== 'EC2') continue;
      const balancers = design.edgesTo(node.id, { kind: LOAD_BALANCERS });
      if (balancers.length === 0) continue;
      reports.push({
        message: `${node.id}: it sits behind ${balancers.map((edge) => edge.from).join(', ')} but HealthCheckType is EC2, so an instance whose application fails the load balancer's health check is never replaced.`,
        why: 'With HealthCheckType EC2 the group replaces an instance only when EC2 status checks fail (the machine is broken). A hung application passes those checks; the load balancer stops sending it traffic but the group keeps it, running below capacity.',
        fix: 'Set HealthCheckType to ELB (and a HealthCheckGracePeriod long enough for the application to start).',
        nodes: [node.id, ...balancers.map((edge) => edge.from)],
        edges: balancers.map((edge) => design.edgeKey(edge)),
        property: 'HealthCheckType',
      });
    }
    return reports;
  },
});
