import { defineRule } from '../../define.ts';
import { ELBV2 } from '../shared/load-balancers.ts';

export const loadBalancerSendsNoSegments = defineRule({
  id: 'xray/load-balancer-sends-no-segments',
  severity: 'error',
  title: 'A load balancer does not send traces to X-Ray',
  source: { section: 'Networking', quote: 'ALB request tracing: tracks HTTP requests. The LB adds a header with a trace identifier to each request it receives.' },
  facts: ['alb.request_tracing'],
  connection: { from: ELBV2, to: 'AWS::XRay::Group' },
  check(design) {
    return design.nodesOfKind('AWS::XRay::Group').flatMap((group) =>
      design.edgesTo(group.id, { kind: ELBV2 }).map((edge) => ({
        message: `${edge.from} is connected to ${group.id}, but a load balancer sends no segments to X-Ray.`,
        why: 'An Application Load Balancer only adds (or updates) the X-Amzn-Trace-Id header on each request; the traces come from the targets, whose instrumented code continues that trace id and sends the segments.',
        fix: `Remove the edge and connect ${edge.from}'s targets to ${group.id} instead; they pick up the trace header the load balancer adds.`,
        nodes: [edge.from, group.id],
        edges: [design.edgeKey(edge)],
      })),
    );
  },
});
