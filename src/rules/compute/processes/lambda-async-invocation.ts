import { and, assign, createActor, setup } from 'xstate';

/**
 * How Lambda handles one asynchronous event (S3, SNS, InvokeAsync): it queues the event,
 * invokes the function, and on a function error retries after 1 minute and then 2 minutes
 * (up to MaximumRetryAttempts, while the event is younger than MaximumEventAgeInSeconds).
 * An event that still fails goes to the on-failure destination or dead-letter queue, or is lost.
 */
export interface AsyncInvocationInput {
  maximumRetryAttempts: number;
  maximumEventAgeSeconds: number;
  hasOnFailureDestination: boolean;
  hasDeadLetterQueue: boolean;
}

/** AWS's backoff between attempts: 1 minute before the first retry, 2 before the second. */
export const RETRY_WAITS_SECONDS = [60, 120] as const;

interface AsyncInvocationContext extends AsyncInvocationInput {
  attempts: number;
  eventAgeSeconds: number;
}

type AsyncInvocationEvent = { type: 'INVOCATION_SUCCEEDED' } | { type: 'FUNCTION_ERROR' } | { type: 'RETRY_WAIT_ELAPSED' };

function nextRetryWait(context: AsyncInvocationContext): number {
  return RETRY_WAITS_SECONDS[Math.min(context.attempts - 1, RETRY_WAITS_SECONDS.length - 1)]!;
}

export const lambdaAsyncInvocationMachine = setup({
  types: {
    context: {} as AsyncInvocationContext,
    events: {} as AsyncInvocationEvent,
    input: {} as AsyncInvocationInput,
  },
  guards: {
    retriesRemain: ({ context }) => context.attempts - 1 < context.maximumRetryAttempts,
    eventYoungerThanMaximumAge: ({ context }) => context.eventAgeSeconds + nextRetryWait(context) <= context.maximumEventAgeSeconds,
    onFailureDestinationConfigured: ({ context }) => context.hasOnFailureDestination,
    deadLetterQueueConfigured: ({ context }) => context.hasDeadLetterQueue,
  },
  actions: {
    countAttempt: assign({ attempts: ({ context }) => context.attempts + 1 }),
    ageEventByRetryWait: assign({ eventAgeSeconds: ({ context }) => context.eventAgeSeconds + nextRetryWait(context) }),
  },
}).createMachine({
  id: 'lambdaAsyncInvocation',
  context: ({ input }) => ({ ...input, attempts: 0, eventAgeSeconds: 0 }),
  initial: 'invoking',
  states: {
    invoking: {
      entry: 'countAttempt',
      on: { INVOCATION_SUCCEEDED: 'succeeded', FUNCTION_ERROR: 'attemptFailed' },
    },
    attemptFailed: {
      always: [{ guard: and(['retriesRemain', 'eventYoungerThanMaximumAge']), target: 'waitingToRetry' }, { target: 'retriesExhausted' }],
    },
    waitingToRetry: {
      on: { RETRY_WAIT_ELAPSED: { target: 'invoking', actions: 'ageEventByRetryWait' } },
    },
    retriesExhausted: {
      always: [
        { guard: 'onFailureDestinationConfigured', target: 'sentToOnFailureDestination' },
        { guard: 'deadLetterQueueConfigured', target: 'sentToDeadLetterQueue' },
        { target: 'eventLost' },
      ],
    },
    succeeded: { type: 'final' },
    sentToOnFailureDestination: { type: 'final' },
    sentToDeadLetterQueue: { type: 'final' },
    eventLost: { type: 'final' },
  },
});

export interface AsyncInvocationRun {
  outcome: 'succeeded' | 'sentToOnFailureDestination' | 'sentToDeadLetterQueue' | 'eventLost';
  attempts: number;
  eventAgeSeconds: number;
}

/** Runs one event whose every attempt fails (a poison event) until Lambda settles it. */
export function runFailingAsyncEvent(input: AsyncInvocationInput): AsyncInvocationRun {
  const actor = createActor(lambdaAsyncInvocationMachine, { input }).start();
  for (let step = 0; step < 100 && actor.getSnapshot().status === 'active'; step++) {
    actor.send(actor.getSnapshot().matches('invoking') ? { type: 'FUNCTION_ERROR' } : { type: 'RETRY_WAIT_ELAPSED' });
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return {
    outcome: snapshot.value as AsyncInvocationRun['outcome'],
    attempts: snapshot.context.attempts,
    eventAgeSeconds: snapshot.context.eventAgeSeconds,
  };
}
