import { assign, setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';

/** One message published to a topic: pushed to every subscription, done when each has answered. */
export const publishedMessageMachine = setup({
  types: {
    context: {} as { subscriptions: number; answered: number; failures: number },
    events: {} as { type: 'subscriptionDelivered' } | { type: 'subscriptionFailed' },
    input: {} as { subscriptions: number },
  },
  guards: {
    noSubscriptions: ({ context }) => context.subscriptions === 0,
    lastAnswer: ({ context }) => context.answered + 1 >= context.subscriptions,
  },
  actions: {
    countDelivered: assign({ answered: ({ context }) => context.answered + 1 }),
    countFailed: assign({ answered: ({ context }) => context.answered + 1, failures: ({ context }) => context.failures + 1 }),
  },
}).createMachine({
  id: 'snsPublishedMessage',
  context: ({ input }) => ({ subscriptions: input.subscriptions, answered: 0, failures: 0 }),
  initial: 'published',
  states: {
    published: {
      always: [{ guard: 'noSubscriptions', target: 'dropped' }, { target: 'fanningOut' }],
    },
    fanningOut: {
      on: {
        subscriptionDelivered: [{ guard: 'lastAnswer', target: 'delivered', actions: 'countDelivered' }, { actions: 'countDelivered' }],
        subscriptionFailed: [{ guard: 'lastAnswer', target: 'delivered', actions: 'countFailed' }, { actions: 'countFailed' }],
      },
    },
    delivered: { type: 'final' },
    /** A topic with no subscribers: the message is accepted and goes nowhere. */
    dropped: { type: 'final' },
  },
});

export const citations: Citation[] = [
  {
    section: 'SNS',
    quote: 'SNS can be used in conjunction with SQS to fan a single message out to multiple SQS queues',
    facts: ['sns.fanout'],
  },
  {
    section: 'SNS',
    quote: 'It can deliver push notifications, SMS and emails to any HTTP endpoint, and it can trigger a Lambda function.',
    facts: ['sns.protocols'],
    currentFact: 'Protocols today: http, https, email, email-json, sms, sqs, application, lambda and firehose; FIFO topics deliver only to SQS queues (FIFO).',
  },
];
