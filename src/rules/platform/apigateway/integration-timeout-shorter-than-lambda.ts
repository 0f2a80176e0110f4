import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

export const integrationTimeoutShorterThanLambda = defineRule({
  id: 'apigateway/integration-timeout-shorter-than-lambda',
  severity: 'warning',
  title: 'The API gives up before its Lambda function may finish',
  source: { section: 'Amazon API Gateway', quote: 'Users make a request to the API gateway, and this redirects the request to EC2, Lambda, etc.' },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const api of design.nodesOfKind('AWS::ApiGateway::RestApi')) {
      const timeoutMs = Number(design.config(api).integrationTimeoutInMillis);
      for (const edge of design.edgesFrom(api.id, { kind: 'AWS::Lambda::Function', role: 'none' })) {
        const fn = design.node(edge.to);
        if (!fn || design.edgeConfig(edge).invocationType === 'Event') continue;
        const fnTimeout = Number(design.config(fn).Timeout);
        if (!(fnTimeout * 1000 > timeoutMs)) continue;
        reports.push({
          message: `${api.id} waits ${timeoutMs} ms for ${fn.id}, but ${fn.id} may run for ${fnTimeout} s.`,
          why: 'When the integration timeout passes, API Gateway answers 504 Gateway Timeout while the function keeps running (and is billed); the client may retry and run the work twice.',
          fix: `Lower ${fn.id}'s Timeout below ${timeoutMs / 1000} s, or hand long work to a queue or Step Functions and answer at once.`,
          nodes: [api.id, fn.id],
          edges: [design.edgeKey(edge)],
        });
      }
    }
    return reports;
  },
});
