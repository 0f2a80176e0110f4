import { defineRule } from '../../define.ts';

export const cacheInvalidationNeedsAuthorization = defineRule({
  id: 'apigateway/cache-invalidation-needs-authorization',
  severity: 'warning',
  title: 'Anyone may invalidate cached responses',
  source: { section: 'Amazon API Gateway', quote: 'To invalidate caching, send header with Cache-Control: max-age=0' },
  facts: ['apigw.cache.invalidate'],
  currentFact:
    "A client's Cache-Control: max-age=0 only refreshes an entry when the caller is allowed execute-api:InvalidateCache, as long as the stage requires authorization (you choose how unauthorized requests are handled); the whole stage cache can also be flushed.",
  check(design) {
    return design
      .nodesOfKind('AWS::ApiGateway::RestApi')
      .filter((api) => design.config(api).CacheClusterEnabled === true && design.config(api).requireAuthorizationForCacheControl === false)
      .map((api) => ({
        message: `${api.id}: the stage cache lets any caller bypass it with Cache-Control: max-age=0.`,
        why: 'Without required authorization, every request carrying Cache-Control: max-age=0 skips the cache and goes to the backend, so one client can switch the cache off and send the full load to the integration.',
        fix: `Set requireAuthorizationForCacheControl: true on ${api.id} and grant execute-api:InvalidateCache only to the callers that must refresh entries.`,
        nodes: [api.id],
        edges: [],
        property: 'requireAuthorizationForCacheControl',
      }));
  },
});
