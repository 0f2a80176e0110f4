/**
 * An Auto Scaling group instance's lifecycle as plain functions (instance-lifecycle.machine.ts states
 * the same as a statechart). Pending instances boot; InService ones serve; a failed one is Unhealthy
 * (requests to it fail) until a health check notices: the load balancer stops routing to it
 * (OutOfService) and the group terminates and replaces it — on EC2 status checks always, on a
 * failed application only with HealthCheckType ELB.
 */

export type InstanceState = 'Pending' | 'InService' | 'Unhealthy' | 'OutOfService' | 'Terminated';

export type InstanceEvent =
  | { type: 'launched' }
  | { type: 'failed' }
  | { type: 'loadBalancerFoundUnhealthy' }
  | { type: 'groupFoundUnhealthy' }
  | { type: 'applicationRecovered' };

export interface FleetInstance {
  id: number;
  az: string;
  state: InstanceState;
  launchedAt: number;
  /** The application died but the instance runs: EC2 status checks still pass. */
  applicationOnly: boolean;
}

export function applyInstanceEvent(instance: FleetInstance, event: InstanceEvent): InstanceState {
  const state = instance.state;
  if (event.type === 'launched' && state === 'Pending') instance.state = 'InService';
  else if (event.type === 'failed' && state === 'InService') instance.state = 'Unhealthy';
  else if (event.type === 'loadBalancerFoundUnhealthy' && state === 'Unhealthy') instance.state = 'OutOfService';
  else if (event.type === 'groupFoundUnhealthy' && (state === 'Unhealthy' || state === 'OutOfService')) instance.state = 'Terminated';
  else if (event.type === 'applicationRecovered' && (state === 'Unhealthy' || state === 'OutOfService') && instance.applicationOnly) instance.state = 'InService';
  return instance.state;
}

/** Whether the group's own health check sees the failure: EC2 status checks see a dead instance, only ELB checks see a dead application. */
export function groupNoticesFailure(healthCheckType: string, applicationOnly: boolean, behindLoadBalancer: boolean): boolean {
  if (!applicationOnly) return true;
  return healthCheckType === 'ELB' && behindLoadBalancer;
}

/** The zone for the next instance: the enabled zone with the fewest instances (ASGs balance across zones). */
export function zoneForLaunch(zones: readonly string[], failedZones: ReadonlySet<string>, instances: readonly FleetInstance[]): string | undefined {
  let best: string | undefined;
  let fewest = Number.POSITIVE_INFINITY;
  for (const zone of zones) {
    if (failedZones.has(zone)) continue;
    const count = instances.filter((instance) => instance.az === zone && instance.state !== 'Terminated').length;
    if (count < fewest) {
      fewest = count;
      best = zone;
    }
  }
  return best;
}
