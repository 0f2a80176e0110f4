import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** The default account-level throttle per Region, shared by every API in the account. */
const ACCOUNT_RATE_LIMIT = 10_000;
const ACCOUNT_BURST_LIMIT = 5_000;

export const throttlingAboveAccountQuota = defineRule({
  id: 'apigateway/throttling-above-account-quota',
  severity: 'warning',
  title: 'Stage throttling above the account-level limit',
  source: { section: 'Amazon API Gateway', quote: 'API gateway can be throttled to prevent attacks' },
  facts: ['apigw.throttling'],
  check(design) {
    const reports: RuleReport[] = [];
    const why =
      'API Gateway throttles every API of an account in a Region together: by default 10,000 requests/s steady with a burst bucket of 5,000 (lower in some newer Regions). Stage and method limits can only lower that; requests over it get 429 Too Many Requests.';
    for (const api of design.nodesOfKind('AWS::ApiGateway::RestApi')) {
      const config = design.config(api);
      const rate = Number(config.throttlingRateLimit);
      const burst = Number(config.throttlingBurstLimit);
      if (rate > ACCOUNT_RATE_LIMIT) {
        reports.push({
          message: `${api.id}: throttlingRateLimit is ${rate} requests/s, above the account's default 10,000 requests/s.`,
          why,
          fix: 'Lower throttlingRateLimit to 10,000 or less, or request a quota increase through Service Quotas first.',
          nodes: [api.id],
          edges: [],
          property: 'throttlingRateLimit',
        });
      }
      if (burst > ACCOUNT_BURST_LIMIT) {
        reports.push({
          message: `${api.id}: throttlingBurstLimit is ${burst} requests, above the account's default burst of 5,000.`,
          why,
          fix: 'Lower throttlingBurstLimit to 5,000 or less, or request a quota increase first.',
          nodes: [api.id],
          edges: [],
          property: 'throttlingBurstLimit',
        });
      }
    }
    const apis = design.nodesOfKind('AWS::ApiGateway::RestApi');
    const total = apis.reduce((sum, api) => sum + Math.min(Number(design.config(api).throttlingRateLimit), ACCOUNT_RATE_LIMIT), 0);
    if (apis.length > 1 && total > ACCOUNT_RATE_LIMIT && reports.length === 0) {
      reports.push({
        message: `${apis.map((api) => api.id).join(', ')}: the stages allow ${total} requests/s together, but the account's 10,000 requests/s is shared by all of them.`,
        why,
        fix: 'Split the 10,000 requests/s between the APIs with stage or usage-plan limits, or request a higher account quota.',
        nodes: apis.map((api) => api.id),
        edges: [],
      });
    }
    return reports;
  },
});
