import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const MIN_MS = 50;
const DEFAULT_MAX_MS = 29_000;

export const integrationTimeoutRange = defineRule({
  id: 'apigateway/integration-timeout-range',
  severity: 'error',
  title: 'Integration timeout is 50 ms to 29 s (longer only for Regional and private APIs)',
  source: { section: 'Amazon API Gateway', quote: 'Users make a request to the API gateway, and this redirects the request to EC2, Lambda, etc.' },
  facts: [],
  currentFact:
    'Since June 2024 a Regional or private REST API can wait longer than 29 s for its integration after a Service Quotas increase (which may lower the account throttle quota); edge-optimized APIs stay at 29 s.',
  limit: { kind: 'AWS::ApiGateway::RestApi', property: 'integrationTimeoutInMillis', min: MIN_MS, max: DEFAULT_MAX_MS, unit: 'ms' },
  check(design) {
    const reports: RuleReport[] = [];
    for (const api of design.nodesOfKind('AWS::ApiGateway::RestApi')) {
      const config = design.config(api);
      const timeout = Number(config.integrationTimeoutInMillis);
      const types = (config.EndpointConfiguration as { Types?: string[] } | undefined)?.Types ?? ['EDGE'];
      const edgeOptimized = types.includes('EDGE');
      if (timeout < MIN_MS) {
        reports.push({
          message: `${api.id}: integrationTimeoutInMillis is ${timeout} ms; API Gateway needs at least 50 ms.`,
          why: 'An integration timeout below 50 ms is rejected.',
          fix: 'Set integrationTimeoutInMillis to 50 ms or more.',
          nodes: [api.id],
          edges: [],
          property: 'integrationTimeoutInMillis',
        });
      } else if (timeout > DEFAULT_MAX_MS && edgeOptimized) {
        reports.push({
          message: `${api.id}: integrationTimeoutInMillis is ${timeout} ms on an edge-optimized API; it allows at most 29,000 ms.`,
          why: 'REST APIs wait at most 29 s for the backend by default. Only Regional and private REST APIs can raise that, through a Service Quotas increase; edge-optimized APIs cannot.',
          fix: 'Keep the backend under 29 s (answer 202 and finish asynchronously through a queue or Step Functions), or make the API REGIONAL and request a higher integration timeout quota.',
          nodes: [api.id],
          edges: [],
          property: 'integrationTimeoutInMillis',
        });
      }
    }
    return reports;
  },
});
