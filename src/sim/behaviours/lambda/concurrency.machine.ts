import { assign, setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';
import { type ConcurrencyEvent, concurrencyLimitReached } from './concurrency.ts';

/** A function's concurrency: below its limit it scales out; at the limit new invokes are throttled (429). */
export const concurrencyMachine = setup({
  types: {
    context: {} as { running: number; limit: number },
    events: {} as ConcurrencyEvent,
    input: {} as { limit: number },
  },
  guards: {
    concurrencyLimitReached: ({ context }) => concurrencyLimitReached(context),
    reachesLimit: ({ context }) => concurrencyLimitReached({ running: context.running + 1, limit: context.limit }),
    hasRunning: ({ context }) => context.running > 0,
  },
  actions: {
    startInvocation: assign({ running: ({ context }) => context.running + 1 }),
    finishInvocation: assign({ running: ({ context }) => context.running - 1 }),
  },
}).createMachine({
  id: 'lambdaConcurrency',
  context: ({ input }) => ({ running: 0, limit: input.limit }),
  initial: 'belowLimit',
  states: {
    belowLimit: {
      always: { guard: 'concurrencyLimitReached', target: 'atLimit' },
      on: {
        invocationStarted: [{ guard: 'reachesLimit', target: 'atLimit', actions: 'startInvocation' }, { actions: 'startInvocation' }],
        invocationFinished: { guard: 'hasRunning', actions: 'finishInvocation' },
      },
    },
    atLimit: {
      // An invoke here is throttled: TooManyRequestsException (HTTP 429).
      on: { invocationFinished: { target: 'belowLimit', actions: 'finishInvocation' } },
    },
  },
});

export const citations: Citation[] = [
  {
    section: 'Lambda',
    quote:
      'Lambda has a limit to the number of functions that can run simultaneously in a region. Default is 1000 per second per region, the error you get is TooManyRequestsException, HTTP status code 429.',
    facts: ['lambda.concurrency.default', 'lambda.scaling.out'],
    currentFact: 'The default is 1,000 concurrent executions per Region (not per second); throttled invokes get 429 TooManyRequestsException.',
  },
  {
    section: 'Lambda',
    quote: 'You can set up reserved concurrency for the Lambda function so that it throttles if it goes above a certain concurrency limit.',
    facts: ['lambda.reserved.concurrency'],
    currentFact: 'Reserved concurrency both caps the function and guarantees that much of the Regional pool to it.',
  },
  {
    section: 'Lambda',
    quote: 'To enable the function to scale without fluctuations in latency, use provisioned concurrency.',
    facts: ['lambda.provisioned.concurrency'],
  },
  {
    section: 'Lambda',
    quote: 'Maximum execution duration for a Lambda request is 900s=15mins',
    facts: ['lambda.timeout.max'],
  },
];
