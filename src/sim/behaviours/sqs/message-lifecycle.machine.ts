import { assign, setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';
import { maxReceivesReached, type QueuedMessageEvent } from './message-lifecycle.ts';

export interface MessageLifecycleInput {
  maxReceiveCount: number | undefined;
  /** DelaySeconds or a message timer keeps the new message invisible at first. */
  delayed: boolean;
}

/** One SQS message from send to delete, dead-letter queue or expiry. */
export const messageLifecycleMachine = setup({
  types: {
    context: {} as { receiveCount: number; maxReceiveCount: number | undefined; delayed: boolean },
    events: {} as QueuedMessageEvent,
    input: {} as MessageLifecycleInput,
  },
  guards: {
    startsDelayed: ({ context }) => context.delayed,
    maxReceivesReached: ({ context }) => maxReceivesReached(context.receiveCount, { maxReceiveCount: context.maxReceiveCount }),
  },
  actions: {
    countReceive: assign({ receiveCount: ({ context }) => context.receiveCount + 1 }),
  },
}).createMachine({
  id: 'sqsMessage',
  context: ({ input }) => ({ receiveCount: 0, maxReceiveCount: input.maxReceiveCount, delayed: input.delayed }),
  initial: 'sent',
  states: {
    sent: {
      always: [{ guard: 'startsDelayed', target: 'delayed' }, { target: 'available' }],
    },
    delayed: {
      on: { delayElapsed: 'available', retentionPeriodExpired: 'expired' },
    },
    available: {
      on: {
        received: [{ guard: 'maxReceivesReached', target: 'deadLettered' }, { target: 'inFlight', actions: 'countReceive' }],
        retentionPeriodExpired: 'expired',
      },
    },
    inFlight: {
      on: { deleted: 'deleted', visibilityTimeoutExpired: 'available', retentionPeriodExpired: 'expired' },
    },
    deleted: { type: 'final' },
    deadLettered: { type: 'final' },
    expired: { type: 'final' },
  },
});

export const citations: Citation[] = [
  {
    section: 'SQS',
    quote:
      "If the job isn't processed in that time, the msg becomse visible again and another reader will process it. Default timeout is 30s, can be increased up to 12h.",
    facts: ['sqs.visibility.timeout'],
  },
  {
    section: 'SQS',
    quote: 'Dead letter queue: to prevent data loss, they sideline, isolate and alayze the unsucessfully processed messages.',
    facts: ['sqs.dlq'],
    currentFact: 'An SQS dead-letter queue is attached by a redrive policy: a message received maxReceiveCount times moves to it on the next receive.',
  },
  {
    section: 'SQS',
    quote: 'Retention period default is 4 days, but you can increase the queue message retention up to 14 days with Set QueueAttributes action',
    facts: ['sqs.retention'],
  },
  {
    section: 'SQS',
    quote: 'Delay queue: postpone delivery of new messages when they\'re first added to the queue, default delay is 0s, max 900s. In this time, messages are invisible. For delaying individual messages rather than the entire queue, use message timers.',
    facts: ['sqs.delay.queue'],
  },
];
