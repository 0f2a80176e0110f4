import { setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';

/**
 * One Task state of an execution (state-machine.ts runs the same on the hot path): the task runs;
 * a failure is retried while a retrier matches and has attempts left, then caught by a matching
 * catcher (the execution goes on in its Next state), else the execution fails.
 */
export const taskStateMachine = setup({
  types: {
    context: {} as { attempts: number; maxAttempts: number; catches: boolean },
    events: {} as { type: 'taskSucceeded' } | { type: 'taskFailed' } | { type: 'retryIntervalElapsed' },
    input: {} as { maxAttempts: number; catches: boolean },
  },
  guards: {
    attemptsLeft: ({ context }) => context.attempts < context.maxAttempts,
    caught: ({ context }) => context.catches,
  },
  actions: {
    countAttempt: ({ context }) => {
      context.attempts++;
    },
  },
}).createMachine({
  id: 'taskState',
  context: ({ input }) => ({ attempts: 0, maxAttempts: input.maxAttempts, catches: input.catches }),
  initial: 'running',
  states: {
    running: {
      on: {
        taskSucceeded: 'succeeded',
        taskFailed: [{ guard: 'attemptsLeft', target: 'waitingToRetry', actions: 'countAttempt' }, { guard: 'caught', target: 'caught' }, { target: 'failed' }],
      },
    },
    waitingToRetry: { on: { retryIntervalElapsed: 'running' } },
    succeeded: { type: 'final' },
    /** The Catch's Next state runs: the execution goes on. */
    caught: { type: 'final' },
    failed: { type: 'final' },
  },
});

export const citations: Citation[] = [
  {
    section: 'Lambda',
    quote: 'With **step functions** you can visualize serverless applications, they automatically trigger and track each step so if something goes wrong you can track what went wrong where.',
    facts: [],
    currentFact: 'Each Task state retries only what its Retry field names (IntervalSeconds 1, MaxAttempts 3, BackoffRate 2 by default) and hands the rest to its Catch; with neither, one failed step fails the execution. Standard workflows run up to a year, Express up to 5 minutes.',
  },
  {
    section: 'Lambda',
    quote: 'With Step functions state machines you can orchestrate the workflow',
    facts: ['lambda.timeout.max'],
    currentFact: 'A Lambda invocation lasts at most 900 s; a longer job runs as several steps of a workflow.',
  },
];
