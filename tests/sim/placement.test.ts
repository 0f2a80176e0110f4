import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/design/schema.ts';
import { DesignContext } from '../../src/rules/context.ts';
import { Application } from '../../src/sim/behaviours/application/application.ts';
import { placementOf } from '../../src/sim/behaviours/application/placement.ts';
import { SimWorld } from '../../src/sim/core/world.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { design, settings } from './designs.ts';

type AppKind = 'AWS::EC2::Instance' | 'AWS::ECS::Service' | 'AWS::ElasticBeanstalk::Environment' | 'AWS::AutoScaling::AutoScalingGroup';

function worldWith(kind: AppKind, config: Record<string, unknown>): SimWorld {
  const world = new SimWorld(new DesignContext(design([{ id: 'app', kind, config }], [])), settings({ traffic: [{ id: 'jobs', ratePerSecond: 1, durationSeconds: 1 }] }));
  return world;
}

function application(kind: AppKind, config: Record<string, unknown>): Application {
  const world = worldWith(kind, config);
  return new Application(world.design.node('app')!, world);
}

/** Shoppers → the application → an on-demand table: reads answered in line. */
function readsThrough(kind: AppKind, config: Record<string, unknown>): Design {
  return design(
    [
      { id: 'shoppers', kind: 'Actor::Client' },
      { id: 'app', kind, config },
      { id: 'products', kind: 'AWS::DynamoDB::Table', config: { BillingMode: 'PAY_PER_REQUEST' } },
    ],
    [
      { from: 'shoppers', to: 'app' },
      { from: 'app', to: 'products' },
    ],
  );
}

const zoneAFailsMidway = settings({
  traffic: [{ id: 'reads', operation: 'read', ratePerSecond: 200, durationSeconds: 10, keyAttribute: 'id', attributes: { id: { keys: 50 } } }],
  faults: [{ type: 'az-failure', az: 'a', atSeconds: 5 }],
});

describe('placement of instances and tasks in Availability Zones', () => {
  it('spreads an ECS service over its subnets, or over the zones by default, and a group over its subnets one zone each', () => {
    const world = (kind: AppKind, config: Record<string, unknown>) => {
      const w = worldWith(kind, config);
      return placementOf(w, w.design.node('app')!);
    };
    expect(world('AWS::ECS::Service', { DesiredCount: 4 })).toEqual(['a', 'b', 'c', 'a']);
    expect(world('AWS::ECS::Service', { DesiredCount: 3, NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-0f1e', 'subnet-0f1d'] } } })).toEqual(['a', 'b', 'a']);
    // A subnet id does not name its zone, even when it ends in a letter.
    expect(world('AWS::AutoScaling::AutoScalingGroup', { DesiredCapacity: 2, VPCZoneIdentifier: ['subnet-0abc', 'subnet-0abd'] })).toEqual(['a', 'b']);
    expect(world('AWS::AutoScaling::AutoScalingGroup', { MinSize: 3, AvailabilityZones: ['eu-west-1b', 'eu-west-1c'] })).toEqual(['b', 'c', 'b']);
    expect(world('AWS::EC2::Instance', { AvailabilityZone: 'us-east-1c' })).toEqual(['c']);
  });

  it('an AZ failure takes only the instances in that zone; the node stops when none is left', () => {
    const service = application('AWS::ECS::Service', { DesiredCount: 3 });
    expect(service.availableConcurrency()).toBe(3);
    service.fail('az', 'a');
    expect(service.isDown).toBe(false);
    expect(service.availableConcurrency()).toBe(2);
    service.fail('az', 'a');
    expect(service.availableConcurrency()).toBe(2);
    service.fail('az', 'b');
    expect(service.availableConcurrency()).toBe(1);
    service.fail('az', 'c');
    expect(service.isDown).toBe(true);
    service.recover();
    expect(service.availableConcurrency()).toBe(3);

    const single = application('AWS::EC2::Instance', { AvailabilityZone: 'us-east-1a' });
    single.fail('az', 'b');
    expect(single.isDown).toBe(false);
    single.fail('az', 'a');
    expect(single.isDown).toBe(true);
  });

  it('a service over three zones keeps answering through a zone failure; one instance in that zone does not', () => {
    const spread = simulate(readsThrough('AWS::ECS::Service', { DesiredCount: 3 }), zoneAFailsMidway);
    expect(spread.metrics.availability).toBe(1);
    expect(spread.trace.some((entry) => entry.node === 'app' && entry.event === 'nodeFailed' && /2 of 3 tasks keep running/.test(entry.detail ?? ''))).toBe(true);
    const single = simulate(readsThrough('AWS::EC2::Instance', { AvailabilityZone: 'us-east-1a' }), zoneAFailsMidway);
    expect(single.metrics.availability).toBeGreaterThan(0.45);
    expect(single.metrics.availability).toBeLessThan(0.55);
  });

  it('reads a Beanstalk environment’s instances from its minSize option; a single-instance environment has one', () => {
    expect(application('AWS::ElasticBeanstalk::Environment', { minSize: 4 }).availableConcurrency()).toBe(4);
    expect(application('AWS::ElasticBeanstalk::Environment', { minSize: 4, environmentType: 'SingleInstance' }).availableConcurrency()).toBe(1);
    const environment = simulate(readsThrough('AWS::ElasticBeanstalk::Environment', { minSize: 2 }), zoneAFailsMidway);
    expect(environment.metrics.availability).toBe(1);
    const singleInstance = simulate(readsThrough('AWS::ElasticBeanstalk::Environment', { minSize: 2, environmentType: 'SingleInstance' }), zoneAFailsMidway);
    expect(singleInstance.metrics.availability).toBeLessThan(0.55);
  });
});
