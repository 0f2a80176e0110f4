import { describe, expect, it } from 'vitest';
import { zoneForLaunch, type FleetInstance } from '../../../src/sim/behaviours/autoscaling/instance-lifecycle.ts';
import { simulate } from '../../../src/sim/simulate.ts';
import type { Fault } from '../../../src/sim/types.ts';
import { design, settings } from '../designs.ts';

function fleet(group: Record<string, unknown>) {
  return design(
    [
      { id: 'users', kind: 'Actor::Client' },
      { id: 'front', kind: 'AWS::ElasticLoadBalancingV2::LoadBalancer' },
      { id: 'web', kind: 'AWS::AutoScaling::AutoScalingGroup', config: { MinSize: 3, MaxSize: 6, DesiredCapacity: 3, AvailabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'], ...group } },
    ],
    [
      { from: 'users', to: 'front' },
      { from: 'front', to: 'web', role: 'target' },
    ],
  );
}

const traffic = (faults: Fault[]) => settings({ drainSeconds: 0, traffic: [{ id: 'web', ratePerSecond: 20, durationSeconds: 600, processingMs: 5 }], faults });

describe('Auto Scaling group', () => {
  it('a failed instance is replaced: capacity dips to 2 of 3, then is back within a few minutes', () => {
    const run = simulate(fleet({}), traffic([{ type: 'node-failure', node: 'web', atSeconds: 60 }]));
    const capacity = run.reports!.web!.capacity!;
    expect(capacity.minInService).toBe(2);
    expect(capacity.replaced).toBe(1);
    expect(capacity.restoredAtMs).toBeGreaterThan(60_000 + 70_000);
    expect(capacity.restoredAtMs).toBeLessThan(60_000 + 150_000);
    expect(run.trace.some((entry) => entry.event === 'instanceTerminated')).toBe(true);
    // Requests to the dead instance fail until the load balancer's health checks take it out.
    expect(run.metrics.availability).toBeLessThan(1);
    expect(run.metrics.availability).toBeGreaterThan(0.95);
  });

  it('a dead application is replaced only with HealthCheckType ELB; EC2 status checks do not see it', () => {
    const fault: Fault[] = [{ type: 'node-failure', node: 'web', atSeconds: 60, application: true }];
    const ec2 = simulate(fleet({ HealthCheckType: 'EC2' }), traffic(fault)).reports!.web!.capacity!;
    expect(ec2.replaced).toBe(0);
    expect(ec2.restoredAtMs).toBeUndefined();
    expect(ec2.belowDesiredMs).toBeGreaterThan(500_000);
    const elb = simulate(fleet({ HealthCheckType: 'ELB' }), traffic(fault)).reports!.web!.capacity!;
    expect(elb.replaced).toBe(1);
    expect(elb.restoredAtMs).toBeDefined();
  });

  it('an AZ failure takes a third of a three-zone group and the group relaunches in the other zones; one zone loses everything until it returns', () => {
    const az: Fault[] = [{ type: 'az-failure', az: 'a', atSeconds: 60, recoverSeconds: 400 }];
    const spread = simulate(fleet({}), traffic(az)).reports!.web!.capacity!;
    expect(spread.minInService).toBe(2);
    expect(spread.restoredAtMs).toBeLessThan(300_000);
    const single = simulate(fleet({ AvailabilityZones: ['us-east-1a'] }), traffic(az));
    const capacity = single.reports!.web!.capacity!;
    expect(capacity.minInService).toBe(0);
    expect(capacity.restoredAtMs).toBeGreaterThan(400_000);
    expect(single.reports!.front!.loadBalancer!.responses503).toBeGreaterThan(5_000);
  });

  it('launches in the enabled zone with the fewest instances', () => {
    const instances: FleetInstance[] = [
      { id: 0, az: 'a', state: 'InService', launchedAt: 0, applicationOnly: false },
      { id: 1, az: 'b', state: 'Terminated', launchedAt: 0, applicationOnly: false },
      { id: 2, az: 'c', state: 'InService', launchedAt: 0, applicationOnly: false },
    ];
    expect(zoneForLaunch(['a', 'b', 'c'], new Set(), instances)).toBe('b');
    expect(zoneForLaunch(['a', 'b', 'c'], new Set(['b']), instances)).toBe('a');
    expect(zoneForLaunch(['b'], new Set(['b']), instances)).toBeUndefined();
  });
});
