import { defineRule } from '../../define.ts';

export const integrationTimeoutNeedsQuotaIncrease = defineRule({
  id: 'apigateway/integration-timeout-needs-quota-increase',
  severity: 'info',
  title: 'An integration timeout above 29 s needs a quota increase',
  source: { section: 'Amazon API Gateway', quote: 'Users make a request to the API gateway, and this redirects the request to EC2, Lambda, etc.' },
  facts: [],
  currentFact:
    'Since June 2024 Regional and private REST APIs can wait longer than 29 s for an integration, after a Service Quotas increase that may lower the account-level throttle quota.',
  check(design) {
    return design
      .nodesOfKind('AWS::ApiGateway::RestApi')
      .filter((api) => {
        const config = design.config(api);
        const types = (config.EndpointConfiguration as { Types?: string[] } | undefined)?.Types ?? ['EDGE'];
        return Number(config.integrationTimeoutInMillis) > 29_000 && !types.includes('EDGE');
      })
      .map((api) => ({
        message: `${api.id}: integrationTimeoutInMillis is ${String(design.config(api).integrationTimeoutInMillis)} ms, above the default 29,000 ms maximum.`,
        why: 'A Regional or private REST API can wait longer than 29 s only after the account raises the "Maximum integration timeout" quota in Service Quotas, and AWS may lower the account throttle (10,000 requests/s) in return. Clients also hold their connection open all that time.',
        fix: 'Request the quota increase before deploying, or answer at once (202 Accepted) and let clients poll or be notified when the work is done.',
        nodes: [api.id],
        edges: [],
        property: 'integrationTimeoutInMillis',
      }));
  },
});
