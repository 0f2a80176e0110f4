import type { Reply, Work } from '../../core/work.ts';

/**
 * A target that is several instances behind one node (an Auto Scaling group, a Beanstalk
 * environment): the load balancer picks the instance, so sticky sessions pin to an instance and a
 * failed instance takes its sessions with it.
 */
export interface TargetFleet {
  /** Instance ids the load balancer sends requests to now (registered and not yet found unhealthy). */
  routableInstances(): readonly number[];
  /** Serves a request on one instance (a failed one the health checks have not caught yet fails it). */
  serveOn(instance: number, work: Work, reply: Reply): void;
}

export function isTargetFleet(value: unknown): value is TargetFleet {
  return typeof value === 'object' && value !== null && 'routableInstances' in value && 'serveOn' in value;
}

/** A plain target (an instance, a function, a service) is one target, down or not. */
export function isStopped(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'isDown' in value && (value as { isDown: unknown }).isDown === true;
}
