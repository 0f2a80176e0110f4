import { setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';
import type { InstanceEvent } from './instance-lifecycle.ts';

/** An Auto Scaling group instance, from launch to replacement (instance-lifecycle.ts is the hot-path twin). */
export const instanceLifecycleMachine = setup({
  types: {
    context: {} as { applicationOnly: boolean },
    events: {} as InstanceEvent,
    input: {} as { applicationOnly: boolean },
  },
  guards: {
    applicationOnly: ({ context }) => context.applicationOnly,
  },
}).createMachine({
  id: 'autoScalingInstance',
  context: ({ input }) => ({ applicationOnly: input.applicationOnly }),
  initial: 'Pending',
  states: {
    Pending: { on: { launched: 'InService' } },
    InService: { on: { failed: 'Unhealthy' } },
    /** Failed, not noticed yet: the load balancer still sends it requests, which fail. */
    Unhealthy: {
      on: {
        loadBalancerFoundUnhealthy: 'OutOfService',
        groupFoundUnhealthy: 'Terminated',
        applicationRecovered: { guard: 'applicationOnly', target: 'InService' },
      },
    },
    /** Deregistered by the load balancer's health checks; the group replaces it only if it sees the failure too. */
    OutOfService: { on: { groupFoundUnhealthy: 'Terminated', applicationRecovered: { guard: 'applicationOnly', target: 'InService' } } },
    /** Terminated; the group launches a replacement in the zone with the fewest instances. */
    Terminated: { type: 'final' },
  },
});

export const citations: Citation[] = [
  { section: 'EC2', quote: "If it's unhealthy, the AS group will terminate it first, and create a new one after", facts: [] },
  { section: 'EC2', quote: 'ASGs attempt to distribute instances evenly between the AZs that are enabled for the ASG', facts: [] },
  { section: 'EC2', quote: 'ASG can contain EC2 instances in multiple AZs within the same region, and cannot span multiple regions', facts: [] },
];
