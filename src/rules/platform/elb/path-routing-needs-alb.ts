import { defineRule } from '../../define.ts';
import { ELBV2, loadBalancers, loadBalancerType } from '../shared/load-balancers.ts';

export const pathRoutingNeedsAlb = defineRule({
  id: 'elb/path-routing-needs-alb',
  severity: 'error',
  title: 'Only an Application Load Balancer routes by path or host',
  source: {
    section: 'Networking',
    quote: 'with host/path based routing, it can handle multiple domains ... NLB ... Cannot handle path based routing.',
  },
  facts: ['nlb.source_ip'],
  check(design) {
    return loadBalancers(design)
      .filter((lb) => design.config(lb).routing !== 'none')
      .filter((lb) => lb.kind !== ELBV2 || design.config(lb).Type !== 'application')
      .map((lb) => {
        const routing = String(design.config(lb).routing);
        return {
          message: `${lb.id}: ${routing}-based routing is asked of a ${loadBalancerType(design, lb)}, which cannot route by ${routing === 'path' ? 'URL path' : 'Host header'}.`,
          why: 'Path- and host-based listener rules read the HTTP request, which only the layer-7 Application Load Balancer does. A Network Load Balancer forwards TCP/UDP connections without looking inside them, and a Classic Load Balancer sends every request to the same instances.',
          fix: `Make ${lb.id} an Application Load Balancer (Type: application), or remove routing and use one load balancer per service.`,
          nodes: [lb.id],
          edges: [],
          property: 'routing',
        };
      });
  },
});
