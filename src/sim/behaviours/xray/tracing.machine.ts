import { setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';

/** One request at an instrumented hop: sampled by the reservoir or the fixed rate, or not traced (tracing.ts computes the shares). */
export const samplingMachine = setup({
  types: {
    context: {} as { reservoirLeft: number; fixedRate: number; draw: number },
    events: {} as { type: 'request' },
    input: {} as { reservoirLeft: number; fixedRate: number; draw: number },
  },
  guards: {
    reservoirLeft: ({ context }) => context.reservoirLeft > 0,
    withinFixedRate: ({ context }) => context.draw < context.fixedRate,
  },
}).createMachine({
  id: 'xraySampling',
  context: ({ input }) => input,
  initial: 'arrived',
  states: {
    arrived: { always: [{ guard: 'reservoirLeft', target: 'sampledByReservoir' }, { guard: 'withinFixedRate', target: 'sampledByRate' }, { target: 'notSampled' }] },
    sampledByReservoir: { type: 'final' },
    sampledByRate: { type: 'final' },
    notSampled: { type: 'final' },
  },
});

export const citations: Citation[] = [
  {
    section: 'X-Ray',
    quote: 'Requests sampled per second = reservoir_rate + fixed_rate/100 * (total_req/s - reservoir_rate)',
    facts: ['xray.sampling.formula'],
  },
  {
    section: 'X-Ray',
    quote: 'By default, X-Ray records one request/s and 5% of any additional request per host.',
    facts: ['xray.sampling.default'],
    currentFact: 'With centrally managed sampling rules the reservoir (1/s by default) applies across all instances of the service, not per host; only local fallback rules are per instance.',
  },
  {
    section: 'X-Ray',
    quote: 'Prerequisites: install X-Ray daemon in the instance, create IAM role, give X-Ray permission: xray:PutTraceSegments and xray:PutTelemetryRecords and instrument the app with daemon and SDK.',
    facts: ['xray.daemon.prereq', 'xray.permissions'],
    currentFact: 'The permissions stand (AWSXRayDaemonWriteAccess); the X-Ray SDKs and daemon are in maintenance mode since Feb 25 2026, and AWS recommends OpenTelemetry (ADOT or the CloudWatch agent).',
  },
];
