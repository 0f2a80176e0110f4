import { defineRule } from '../../define.ts';
import { loadBalancers } from '../shared/load-balancers.ts';

export const internalNotReachableFromInternet = defineRule({
  id: 'elb/internal-not-reachable-from-internet',
  severity: 'error',
  title: 'Internet clients sent to an internal load balancer',
  source: { section: 'Networking', quote: "The route table in the instance's subnet must have a route to an Internet Gateway" },
  facts: ['vpc.route_table'],
  check(design) {
    return loadBalancers(design)
      .filter((lb) => design.config(lb).Scheme === 'internal')
      .flatMap((lb) => design.edgesTo(lb.id, { kind: ['Actor::Client', 'AWS::EC2::InternetGateway', 'AWS::CloudFront::Distribution'] }))
      .map((edge) => ({
        message: `${edge.from} sends internet traffic to ${edge.to}, an internal load balancer.`,
        why: 'An internal load balancer has only private IP addresses and its DNS name resolves to them, so nothing outside the VPC (or networks connected to it) can reach it.',
        fix: `Set Scheme: internet-facing on ${edge.to} (in public subnets), or keep it internal and call it only from inside the VPC.`,
        nodes: [edge.from, edge.to],
        edges: [design.edgeKey(edge)],
        property: 'Scheme',
      }));
  },
});
