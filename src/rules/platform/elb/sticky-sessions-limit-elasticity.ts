import { defineRule } from '../../define.ts';
import { loadBalancers } from '../shared/load-balancers.ts';

export const stickySessionsLimitElasticity = defineRule({
  id: 'elb/sticky-sessions-limit-elasticity',
  severity: 'warning',
  title: 'Sticky sessions instead of a shared session store',
  source: {
    section: 'Networking',
    quote: "Stickiness restricts app elasticity, it's not so scalable. ... If users lose session or need to re-authenticate often, use ElastiCache Cluster",
  },
  facts: ['alb.sticky', 'ec.sessions'],
  check(design) {
    return loadBalancers(design)
      .filter((lb) => design.config(lb).stickySessions === true)
      .map((lb) => ({
        message: `${lb.id}: sticky sessions pin each client to one target, so sessions live on single servers.`,
        why: "With stickiness, new targets only get new clients and a target that scales in or fails takes its users' sessions with it (they must sign in again); load also spreads unevenly. Clients must accept cookies.",
        fix: 'Turn stickySessions off and keep session state in a shared store (an ElastiCache cluster or a DynamoDB table) that every target reads.',
        nodes: [lb.id],
        edges: [],
        property: 'stickySessions',
      }));
  },
});
