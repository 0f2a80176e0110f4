import { AWS_APPLICATION_KINDS } from '../../../catalog/groups.ts';
import { defineRule } from '../../define.ts';
import { ELBV2, loadBalancers, loadBalancerType } from '../shared/load-balancers.ts';

/** What a load balancer forwards to: code, or (from an NLB) an Application Load Balancer. */
const TARGET_KINDS = [...AWS_APPLICATION_KINDS, ELBV2];

export const loadBalancerNeedsTargets = defineRule({
  id: 'elb/load-balancer-needs-targets',
  severity: 'error',
  title: 'A load balancer with no targets answers 503',
  source: { section: 'Networking', quote: 'If the target groups have no registered targets, the error shown is HTTP 503.' },
  facts: ['alb.503.no_targets'],
  check(design) {
    return loadBalancers(design)
      .filter((lb) => design.edgesFrom(lb.id, { kind: TARGET_KINDS }).length === 0)
      .map((lb) => ({
        message: `${lb.id}: the ${loadBalancerType(design, lb)} has no targets, so every request gets HTTP 503 Service Unavailable.`,
        why: 'A load balancer only forwards to targets registered in its target groups; with none registered (or none healthy and in use) it answers 503 itself.',
        fix: `Connect ${lb.id} to the instances, Auto Scaling group, ECS service or Lambda function that should serve the requests.`,
        nodes: [lb.id],
        edges: [],
      }));
  },
});
