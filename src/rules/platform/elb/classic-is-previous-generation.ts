import { defineRule } from '../../define.ts';
import { CLASSIC_ELB } from '../shared/load-balancers.ts';

export const classicIsPreviousGeneration = defineRule({
  id: 'elb/classic-is-previous-generation',
  severity: 'info',
  title: 'The Classic Load Balancer is the previous generation',
  source: {
    section: 'Networking',
    quote: 'Classic LB: load balance HTTP/HTTPS apps and user layer7 specific features, and also use strict layer4 load balancing for apps that rely purely on TCP protocol.',
  },
  facts: [],
  check(design) {
    return design.nodesOfKind(CLASSIC_ELB).map((lb) => ({
      message: `${lb.id} is a Classic Load Balancer, the previous generation.`,
      why: 'AWS recommends an Application Load Balancer for HTTP/HTTPS (path and host routing, Lambda and IP targets, HTTP/2) and a Network Load Balancer for TCP/UDP; Classic has neither target groups nor listener rules.',
      fix: 'Use AWS::ElasticLoadBalancingV2::LoadBalancer with Type application (HTTP) or network (TCP).',
      nodes: [lb.id],
      edges: [],
    }));
  },
});
