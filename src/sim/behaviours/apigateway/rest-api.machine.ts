import { setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';

/** One request through a REST API stage: throttled (429), answered from the stage cache, or sent to the integration. */
export const apiRequestMachine = setup({
  types: {
    context: {} as { tokenAvailable: boolean; cacheHit: boolean; withinTimeout: boolean },
    events: {} as { type: 'integrationResponded' },
    input: {} as { tokenAvailable: boolean; cacheHit: boolean; withinTimeout: boolean },
  },
  guards: {
    throttled: ({ context }) => !context.tokenAvailable,
    stageCacheHit: ({ context }) => context.cacheHit,
    integrationTimedOut: ({ context }) => !context.withinTimeout,
  },
}).createMachine({
  id: 'apiRequest',
  context: ({ input }) => input,
  initial: 'received',
  states: {
    received: {
      always: [{ guard: 'throttled', target: 'throttled' }, { guard: 'stageCacheHit', target: 'answeredFromCache' }, { target: 'callingIntegration' }],
    },
    callingIntegration: {
      on: { integrationResponded: [{ guard: 'integrationTimedOut', target: 'gatewayTimeout' }, { target: 'answered' }] },
    },
    throttled: { type: 'final' },
    answeredFromCache: { type: 'final' },
    answered: { type: 'final' },
    gatewayTimeout: { type: 'final' },
  },
});

export const citations: Citation[] = [
  {
    section: 'Amazon API Gateway',
    quote: 'API caching can be enabled for popular requests, it caches responses from the endpoint for a specified TTL period. Default is 300s, max can be 3600. If it\'s 0, caching is disabled',
    facts: ['apigw.cache.ttl'],
  },
  {
    section: 'Amazon API Gateway',
    quote: 'API gateway can be throttled to prevent attacks',
    facts: ['apigw.throttling'],
    currentFact: 'Account default: 10,000 requests/s steady with a burst of 5,000 per Region; stage and method limits can be lower; excess requests get 429 Too Many Requests.',
  },
];
