import { describe, expect, it } from 'vitest';
import { DESIGN_FORMAT, type Design } from '../../src/design/schema.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { SimulationSettings } from '../../src/sim/types.ts';

function fleet(kind: string, config: Record<string, unknown>): Design {
  return {
    format: DESIGN_FORMAT,
    nodes: [
      { id: 'web', kind: 'Actor::Client' },
      { id: 'app', kind, config },
    ],
    edges: [{ from: 'web', to: 'app' }],
  };
}

const settings = SimulationSettings.parse({ traffic: [{ id: 'calls', operation: 'send', ratePerSecond: 5, durationSeconds: 2 }], seed: 1 });

describe('application fleets cost their instance hours', () => {
  it('an EC2 instance costs its instance hours by type', () => {
    const one = simulate(fleet('AWS::EC2::Instance', { InstanceType: 't3.micro' }), settings).metrics.costByNode.app!;
    const big = simulate(fleet('AWS::EC2::Instance', { InstanceType: 'm5.large' }), settings).metrics.costByNode.app!;
    expect(one).toBeCloseTo(0.0104 * 730, 1);
    expect(big).toBeGreaterThan(one * 5);
  });

  it('Fargate tasks cost per task', () => {
    const two = simulate(fleet('AWS::ECS::Service', { LaunchType: 'FARGATE', DesiredCount: 2 }), settings).metrics.costByNode.app!;
    const four = simulate(fleet('AWS::ECS::Service', { LaunchType: 'FARGATE', DesiredCount: 4 }), settings).metrics.costByNode.app!;
    expect(four).toBeCloseTo(two * 2, 5);
    expect(two).toBeGreaterThan(0);
  });
});
