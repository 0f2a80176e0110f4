import { assign, setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';
import { type BufferingHints, bufferFull } from './buffer.ts';

/** A delivery stream's buffer: empty, buffering records, delivered on size or interval. */
export const deliveryBufferMachine = setup({
  types: {
    context: {} as { hints: BufferingHints; bytes: number; deliveries: number },
    events: {} as { type: 'recordReceived'; bytes: number } | { type: 'bufferIntervalElapsed' },
    input: {} as BufferingHints,
  },
  guards: {
    bufferFull: ({ context, event }) => event.type === 'recordReceived' && bufferFull(context.bytes + event.bytes, context.hints),
  },
  actions: {
    addRecord: assign({ bytes: ({ context, event }) => context.bytes + (event.type === 'recordReceived' ? event.bytes : 0) }),
    deliver: assign({ bytes: 0, deliveries: ({ context }) => context.deliveries + 1 }),
  },
}).createMachine({
  id: 'firehoseBuffer',
  context: ({ input }) => ({ hints: input, bytes: 0, deliveries: 0 }),
  initial: 'empty',
  states: {
    empty: {
      on: { recordReceived: [{ guard: 'bufferFull', target: 'empty', actions: ['addRecord', 'deliver'] }, { target: 'buffering', actions: 'addRecord' }] },
    },
    buffering: {
      on: {
        recordReceived: [{ guard: 'bufferFull', target: 'empty', actions: ['addRecord', 'deliver'] }, { actions: 'addRecord' }],
        bufferIntervalElapsed: { target: 'empty', actions: 'deliver' },
      },
    },
  },
});

export const citations: Citation[] = [
  {
    section: 'Kinesis',
    quote: 'Firehose allows Elasticsearch, Redshift and S3 as sink types. Not ElastiCache, since it\'s not a storage type',
    facts: ['firehose.sinks', 'firehose.kds.source'],
    currentFact: 'Amazon Data Firehose delivers to S3, Redshift, OpenSearch, Splunk, Snowflake, Iceberg tables and HTTP endpoints, buffering by size and interval; it can read a Kinesis data stream.',
  },
];
