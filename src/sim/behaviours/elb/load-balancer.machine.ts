import { setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';

/**
 * One request through a load balancer, stated as a statechart (load-balancer.ts runs the same steps
 * as plain code on the hot path): a listener rule picks the target group, the balancer picks a healthy
 * target (or the one a sticky session is pinned to), and the answer is the target's, a 503 when no
 * target is registered and healthy, or a 504 when the target stays silent past the idle timeout.
 */
export const loadBalancerRequestMachine = setup({
  types: {
    context: {} as { healthyTargets: number; pinnedTargetHealthy: boolean | undefined },
    events: {} as { type: 'targetAnswered' } | { type: 'idleTimeoutElapsed' },
    input: {} as { healthyTargets: number; pinnedTargetHealthy?: boolean },
  },
  guards: {
    noHealthyTarget: ({ context }) => context.healthyTargets === 0,
    pinnedTargetGone: ({ context }) => context.pinnedTargetHealthy === false,
  },
}).createMachine({
  id: 'loadBalancerRequest',
  context: ({ input }) => ({ healthyTargets: input.healthyTargets, pinnedTargetHealthy: input.pinnedTargetHealthy }),
  initial: 'matchingListenerRule',
  states: {
    matchingListenerRule: {
      always: [{ guard: 'noHealthyTarget', target: 'serviceUnavailable' }, { guard: 'pinnedTargetGone', target: 'sessionLost' }, { target: 'forwarded' }],
    },
    /** The target the session cookie named is gone: the request goes to another target, without its session. */
    sessionLost: { always: 'forwarded' },
    forwarded: { on: { targetAnswered: 'answered', idleTimeoutElapsed: 'gatewayTimeout' } },
    answered: { type: 'final' },
    /** HTTP 503. */
    serviceUnavailable: { type: 'final' },
    /** HTTP 504. */
    gatewayTimeout: { type: 'final' },
  },
});

export const citations: Citation[] = [
  {
    section: 'Networking',
    quote: 'If the target groups have no registered targets, the error shown is HTTP 503.',
    facts: ['alb.503.no_targets'],
    currentFact: 'An ALB returns 503 when its target groups have no registered targets, or no healthy ones.',
  },
  {
    section: 'Networking',
    quote: 'If it returns 504, it means the gateway has',
    facts: ['elb.504.timeout'],
    currentFact: '504: the target did not answer within the idle timeout (60 s by default) or could not be connected to within 10 s.',
  },
  {
    section: 'Networking',
    quote: "THe ALB only sees the LB IP address, not the user's public IP. But it can obtain this by X-Forwarded-For header.",
    facts: ['alb.xff'],
  },
  {
    section: 'Networking',
    quote: "They can capture the user's source IP address and source port without using X-Forwarded-For",
    facts: ['nlb.source_ip'],
    currentFact: 'An NLB preserves the client IP for instance targets; for ip targets over TCP/TLS preservation is off by default and Proxy Protocol v2 carries it.',
  },
  {
    section: 'Networking',
    quote: "Sticky sessions route requests to the same target in a target group. The clients must support cookies. Stickiness restricts app elasticity, it's not so scalable.",
    facts: ['alb.sticky'],
  },
  {
    section: 'Networking',
    quote: 'with host/path based routing, it can handle multiple domains.',
    facts: [],
  },
  {
    section: 'Networking',
    quote: 'balance TCP traffic where extreme performance is required, handle millions of requests per second.',
    facts: ['nlb.source_ip'],
  },
];
