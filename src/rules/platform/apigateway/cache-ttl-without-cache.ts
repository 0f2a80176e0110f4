import { defineRule } from '../../define.ts';

export const cacheTtlWithoutCache = defineRule({
  id: 'apigateway/cache-ttl-without-cache',
  severity: 'warning',
  title: 'A cache TTL on a stage without a cache',
  source: { section: 'Amazon API Gateway', quote: 'API caching can be enabled for popular requests, it caches responses from the endpoint for a specified TTL period.' },
  facts: ['apigw.cache.ttl'],
  check(design) {
    return design
      .nodesOfKind('AWS::ApiGateway::RestApi')
      .filter((api) => api.config?.cacheTtlInSeconds !== undefined && design.config(api).CacheClusterEnabled !== true)
      .filter((api) => design.config(api).cacheTtlInSeconds !== 0)
      .map((api) => ({
        message: `${api.id}: cacheTtlInSeconds is ${String(design.config(api).cacheTtlInSeconds)} s but CacheClusterEnabled is false, so nothing is cached.`,
        why: 'The TTL only applies to a stage cache: until the stage provisions one (CacheClusterEnabled), every request goes to the backend.',
        fix: 'Set CacheClusterEnabled: true (the cache is billed per hour by CacheClusterSize), or remove cacheTtlInSeconds.',
        nodes: [api.id],
        edges: [],
        property: 'CacheClusterEnabled',
      }));
  },
});
