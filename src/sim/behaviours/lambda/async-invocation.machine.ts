import { assign, setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';
import { type AsyncEventEvent, hasFailureDestination, retriesLeft } from './async-invocation.ts';

export interface AsyncInvocationInput {
  maximumRetryAttempts: number;
  hasFailureDestination: boolean;
}

/** One asynchronous event through Lambda's internal queue, retries and failure destination. */
export const asyncInvocationMachine = setup({
  types: {
    context: {} as { retries: number; maximumRetryAttempts: number; hasFailureDestination: boolean },
    events: {} as AsyncEventEvent,
    input: {} as AsyncInvocationInput,
  },
  guards: {
    retriesLeft: ({ context }) => retriesLeft(context),
    hasFailureDestination: ({ context }) => hasFailureDestination(context),
  },
  actions: {
    countRetry: assign({ retries: ({ context }) => context.retries + 1 }),
  },
}).createMachine({
  id: 'lambdaAsyncEvent',
  context: ({ input }) => ({ retries: 0, maximumRetryAttempts: input.maximumRetryAttempts, hasFailureDestination: input.hasFailureDestination }),
  initial: 'queued',
  states: {
    queued: { on: { attempt: 'invoking', maximumEventAgeReached: [{ guard: 'hasFailureDestination', target: 'sentToDestination' }, { target: 'lost' }] } },
    invoking: {
      on: {
        maximumEventAgeReached: [{ guard: 'hasFailureDestination', target: 'sentToDestination' }, { target: 'lost' }],
        invocationSucceeded: 'succeeded',
        throttled: 'waitingToRetry',
        functionError: [
          { guard: 'retriesLeft', target: 'waitingToRetry', actions: 'countRetry' },
          { guard: 'hasFailureDestination', target: 'sentToDestination' },
          { target: 'lost' },
        ],
      },
    },
    waitingToRetry: { on: { retryTimerElapsed: 'invoking', maximumEventAgeReached: [{ guard: 'hasFailureDestination', target: 'sentToDestination' }, { target: 'lost' }] } },
    succeeded: { type: 'final' },
    sentToDestination: { type: 'final' },
    lost: { type: 'final' },
  },
});

export const citations: Citation[] = [
  {
    section: 'Lambda',
    quote:
      'Lambda works on S3 events asynchronously and for asynchronous invocations, Lambda retries function errors twice. If the retries fail, you can use dead letter queues to direct unprocessed events to an SQS queue.',
    facts: ['lambda.async.retries', 'lambda.async.dlq_vs_destinations'],
    currentFact:
      'Retries are configurable 0–2 (MaximumRetryAttempts) with about 1 and 2 minutes between them; events are kept up to 6 hours. Failed events go to a dead-letter queue (SQS or SNS) or to an on-failure destination, which AWS now recommends.',
  },
];
