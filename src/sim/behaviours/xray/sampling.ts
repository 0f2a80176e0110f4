/**
 * X-Ray sampling as plain functions: every second the reservoir's requests are traced, then the
 * fixed rate of the rest: sampled/s = min(total, reservoir) + fixedRate × (total − reservoir).
 * With centrally managed rules the reservoir is shared by every instance of the service.
 */
export function sampledPerSecond(totalPerSecond: number, reservoir: number, fixedRate: number): number {
  return Math.min(totalPerSecond, reservoir) + fixedRate * Math.max(0, totalPerSecond - reservoir);
}

/** Where segments go: Lambda relays them itself; elsewhere a daemon or collector must run beside the code. */
export function segmentsReachXRay(kind: string, daemon: string, lambdaTracingActive: boolean): { reach: boolean; why: string } {
  if (kind === 'AWS::Lambda::Function') {
    return lambdaTracingActive ? { reach: true, why: 'Lambda runs the daemon for you (TracingConfig Active)' } : { reach: false, why: 'TracingConfig is PassThrough: the function records no segments of its own' };
  }
  if (daemon === 'none') return { reach: false, why: 'no X-Ray daemon or collector runs beside the code: the SDK sends segments to UDP 2000 and nothing listens' };
  return { reach: true, why: `the daemon runs ${daemon === 'sidecar' ? 'as a sidecar container' : 'on the host'}` };
}
