import { defineRule } from '../../define.ts';

export const apiGatewayTracingEnabled = defineRule({
  id: 'xray/api-gateway-tracing-enabled',
  severity: 'warning',
  title: 'An API traced without active tracing on its stage',
  source: { section: 'X-Ray', quote: 'X-Ray integrates with ELBs, Lambda and API gateway.' },
  facts: [],
  check(design) {
    return design
      .nodesOfKind('AWS::XRay::Group')
      .flatMap((group) => design.edgesTo(group.id, { kind: 'AWS::ApiGateway::RestApi' }))
      .filter((edge) => {
        const api = design.node(edge.from);
        return api !== undefined && design.config(api).TracingEnabled !== true;
      })
      .map((edge) => ({
        message: `${edge.from} should send traces to ${edge.to}, but its stage has TracingEnabled false.`,
        why: 'API Gateway records its own segment (and starts the trace the backends continue) only when active tracing is on for the stage; otherwise the service map starts at the backend.',
        fix: `Set TracingEnabled: true on ${edge.from}.`,
        nodes: [edge.from, edge.to],
        edges: [design.edgeKey(edge)],
        property: 'TracingEnabled',
      }));
  },
});
