import { rangeRule } from '../../define.ts';

export const cacheTtlRange = rangeRule({
  id: 'apigateway/cache-ttl-range',
  severity: 'error',
  title: 'Stage cache TTL is 0 to 3,600 seconds',
  source: {
    section: 'Amazon API Gateway',
    quote: "it caches responses from the endpoint for a specified TTL period. Default is 300s, max can be 3600. If it's 0, caching is disabled",
  },
  facts: ['apigw.cache.ttl'],
  kind: 'AWS::ApiGateway::RestApi',
  property: 'cacheTtlInSeconds',
  min: 0,
  max: 3_600,
  unit: 's',
  why: 'API Gateway keeps a cached response for at most 3,600 s (1 hour); the default is 300 s and 0 turns caching off. A stage update with a TTL outside 0–3,600 is rejected.',
  fix: 'Set cacheTtlInSeconds between 0 and 3,600; for data that changes less often, cache it longer downstream (CloudFront, ElastiCache).',
});
