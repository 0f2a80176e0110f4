import { assign, setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';
import { BURST_WINDOW_SECONDS, type CapacityBank, capacityExceeded, consume, refill } from './capacity.ts';

export type CapacityEvent = { type: 'request'; units: number; at: number } | { type: 'tick'; at: number };

/**
 * A table's provisioned capacity for reads or writes: within capacity (the provisioned rate and
 * banked burst capacity cover requests) or throttling (ProvisionedThroughputExceededException).
 */
export const capacityMachine = setup({
  types: {
    context: {} as { bank: CapacityBank; throttled: number },
    events: {} as CapacityEvent,
    input: {} as { rate: number },
  },
  guards: {
    capacityExceeded: ({ context, event }) => event.type === 'request' && capacityExceeded({ ...context.bank }, event.units, event.at),
    capacityAvailable: ({ context, event }) => event.type === 'request' && !capacityExceeded({ ...context.bank }, event.units, event.at),
  },
  actions: {
    serve: assign({
      bank: ({ context, event }) => {
        const bank = { ...context.bank };
        if (event.type === 'request') {
          refill(bank, event.at);
          consume(bank, event.units);
        }
        return bank;
      },
    }),
    throttle: assign({
      bank: ({ context, event }) => {
        const bank = { ...context.bank };
        refill(bank, event.at);
        return bank;
      },
      throttled: ({ context }) => context.throttled + 1,
    }),
  },
}).createMachine({
  id: 'dynamodbCapacity',
  context: ({ input }) => ({ bank: { rate: input.rate, units: input.rate, updatedAt: 0 }, throttled: 0 }),
  initial: 'withinCapacity',
  states: {
    withinCapacity: {
      on: {
        request: [
          { guard: 'capacityExceeded', target: 'throttling', actions: 'throttle' },
          { actions: 'serve' },
        ],
      },
    },
    throttling: {
      on: {
        request: [
          { guard: 'capacityAvailable', target: 'withinCapacity', actions: 'serve' },
          { actions: 'throttle' },
        ],
      },
    },
  },
});

export const citations: Citation[] = [
  {
    section: 'DynamoDB',
    quote:
      '1 RCU = 1 strongly consistent read/s, or 2 eventually consisteny read/s for an item up to 4kb in size. For larger files, additional RCU units are necessary.',
    facts: ['ddb.rcu.definition', 'ddb.rcu.example15kb'],
  },
  {
    section: 'DynamoDB',
    quote: 'For transactional read requests, the formula is: 2RCU = 4KB/s. For a file of 5KBs, 4 RCU. And then multiply by items. WCU is 1 per 1KB/s.',
    facts: ['ddb.rcu.transactional', 'ddb.wcu.definition'],
  },
  {
    section: 'DynamoDB',
    quote:
      "DynamoDB adaptive capacity enables the app to continue reading/writing to hot partitions without being throttled, provided that traffic doesn't exceed the table's or partition's max capacity.",
    facts: ['ddb.adaptive_capacity'],
    currentFact: `Burst capacity keeps up to ${BURST_WINDOW_SECONDS} seconds of unused read and write capacity and spends it above the provisioned rate; beyond it, requests are throttled (ProvisionedThroughputExceededException).`,
  },
  {
    // A table has no failure mode in the simulation: an Availability Zone failure leaves it serving.
    section: 'DynamoDB',
    quote: 'Non-relational serverless db stored on SSD, spread across 3 geographically distinct data centers',
    facts: ['ddb.storage.az'],
    currentFact: 'Table data is replicated across several Availability Zones of the Region automatically, so a zone failure does not take a table down; other Regions need global tables.',
  },
];
