import { describe, expect, it } from 'vitest';
import { DESIGN_FORMAT, type Design } from '../../src/design/schema.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { SimulationSettings } from '../../src/sim/types.ts';

type Nodes = Design['nodes'];
type Edges = Design['edges'];

const design = (nodes: Nodes, edges: Edges): Design => ({ format: DESIGN_FORMAT, nodes, edges });
/** 10 requests/s of 1 KB for 10 s. */
const traffic = (ratePerSecond = 10, payloadBytes = 1024) =>
  SimulationSettings.parse({ seed: 1, traffic: [{ id: 'calls', ratePerSecond, durationSeconds: 10, payloadBytes, processingMs: 5 }] });
const costOf = (d: Design, nodeId: string, settings = traffic()) => simulate(d, settings).metrics.costByNode[nodeId] ?? 0;

describe('infrastructure costs a month at us-east-1 list prices', () => {
  it('an Auto Scaling group and a Beanstalk environment cost their instances', () => {
    const group = (config: Record<string, unknown>) => design([{ id: 'web', kind: 'Actor::Client' }, { id: 'app', kind: 'AWS::AutoScaling::AutoScalingGroup', config }], [{ from: 'web', to: 'app' }]);
    const two = costOf(group({ MinSize: 2, MaxSize: 4, InstanceType: 't3.micro' }), 'app');
    expect(two).toBeCloseTo(2 * 0.0104 * 730, 1);
    expect(costOf(group({ MinSize: 2, MaxSize: 4, DesiredCapacity: 4, InstanceType: 't3.micro' }), 'app')).toBeCloseTo(two * 2, 1);
    const environment = (config: Record<string, unknown>) => design([{ id: 'web', kind: 'Actor::Client' }, { id: 'env', kind: 'AWS::ElasticBeanstalk::Environment', config }], [{ from: 'web', to: 'env' }]);
    const three = costOf(environment({ minSize: 3, maxSize: 6 }), 'env');
    expect(three).toBeGreaterThan(0);
    expect(costOf(environment({ minSize: 3, environmentType: 'SingleInstance' }), 'env')).toBeCloseTo(three / 3, 1);
  });

  it('load balancers: ALB and NLB hours plus capacity units; Classic hours plus GB', () => {
    const behind = (kind: string, config: Record<string, unknown> = {}) =>
      design(
        [
          { id: 'web', kind: 'Actor::Client' },
          { id: 'front', kind, config },
          { id: 'app', kind: 'AWS::EC2::Instance' },
        ],
        [
          { from: 'web', to: 'front' },
          { from: 'front', to: 'app' },
        ],
      );
    const alb = costOf(behind('AWS::ElasticLoadBalancingV2::LoadBalancer'), 'front');
    // 10 new connections/s = 0.4 LCU.
    expect(alb).toBeCloseTo((0.0225 + 0.4 * 0.008) * 730, 1);
    expect(costOf(behind('AWS::ElasticLoadBalancingV2::LoadBalancer'), 'front', traffic(100))).toBeGreaterThan(alb + 20);
    const nlb = costOf(behind('AWS::ElasticLoadBalancingV2::LoadBalancer', { Type: 'network' }), 'front');
    expect(nlb).toBeGreaterThan(0.0225 * 730);
    expect(nlb).toBeLessThan(alb);
    const classic = costOf(behind('AWS::ElasticLoadBalancing::LoadBalancer'), 'front');
    const heavy = costOf(behind('AWS::ElasticLoadBalancing::LoadBalancer'), 'front', traffic(10, 1024 * 1024));
    expect(classic).toBeCloseTo(0.025 * 730, 0);
    // 10 MB/s for a month is about 25,000 GB at $0.008.
    expect(heavy - classic).toBeGreaterThan(150);
  });

  it('Route 53: $0.50 per hosted zone once, $0.40 per million queries, alias queries free', () => {
    const dns = (records: Array<{ id: string; config: Record<string, unknown> }>) =>
      design(
        [{ id: 'web', kind: 'Actor::Client' }, ...records.map((record) => ({ id: record.id, kind: 'AWS::Route53::RecordSet', config: record.config })), { id: 'app', kind: 'AWS::EC2::Instance' }],
        [...records.map((record) => ({ from: 'web', to: record.id })), ...records.map((record) => ({ from: record.id, to: 'app' }))],
      );
    const result = simulate(
      dns([
        { id: 'www', config: { Name: 'www.example.com.', HostedZoneName: 'example.com.' } },
        { id: 'api', config: { Name: 'api.example.com.', HostedZoneName: 'example.com.', AliasTarget: {} } },
      ]),
      traffic(),
    );
    // Every request resolves through both records: about 10 queries/s each, ~26 million a month.
    const queriesPerMonth = (result.messages.length * 730 * 3_600_000) / result.durationMs;
    expect(queriesPerMonth).toBeGreaterThan(25e6);
    expect(result.metrics.costByNode.www).toBeCloseTo(0.5 + (queriesPerMonth / 1e6) * 0.4, 1);
    expect(result.metrics.costByNode.api ?? 0).toBe(0);
    const otherZone = simulate(dns([{ id: 'www', config: { Name: 'www.example.com.', AliasTarget: {} } }, { id: 'shop', config: { Name: 'shop.example.org.', AliasTarget: {} } }]), traffic());
    expect(otherZone.metrics.costByNode).toMatchObject({ www: 0.5, shop: 0.5 });
  });

  it('RDS by DBInstanceClass, doubled by Multi-AZ; Aurora per writer and replica', () => {
    const database = (kind: string, config: Record<string, unknown>) =>
      design([{ id: 'web', kind: 'Actor::Client' }, { id: 'app', kind: 'AWS::EC2::Instance' }, { id: 'db', kind, config }], [{ from: 'web', to: 'app' }, { from: 'app', to: 'db' }]);
    const small = costOf(database('AWS::RDS::DBInstance', { DBInstanceClass: 'db.t3.micro' }), 'db');
    expect(small).toBeCloseTo(0.017 * 730, 1);
    expect(costOf(database('AWS::RDS::DBInstance', { DBInstanceClass: 'db.t3.micro', MultiAZ: true }), 'db')).toBeCloseTo(small * 2, 1);
    expect(costOf(database('AWS::RDS::DBInstance', { DBInstanceClass: 'db.r6g.large' }), 'db')).toBeGreaterThan(small * 10);
    const writer = costOf(database('AWS::RDS::DBCluster', {}), 'db');
    expect(writer).toBeGreaterThan(0);
    expect(costOf(database('AWS::RDS::DBCluster', { readerInstances: 2 }), 'db')).toBeCloseTo(writer * 3, 1);
  });

  it('a NAT gateway costs its hours and every GB it processes', () => {
    const nat = (payloadBytes: number) =>
      costOf(design([{ id: 'web', kind: 'Actor::Client' }, { id: 'app', kind: 'AWS::EC2::Instance' }, { id: 'nat', kind: 'AWS::EC2::NatGateway' }], [{ from: 'web', to: 'app' }, { from: 'app', to: 'nat' }]), 'nat', traffic(10, payloadBytes));
    const light = nat(1024);
    expect(light).toBeGreaterThan(0.045 * 730);
    expect(light).toBeLessThan(0.045 * 730 + 2);
    // 10 MB/s is about 25,000 GB a month at $0.045.
    expect(nat(1024 * 1024) - light).toBeGreaterThan(1000);
  });

  it('Step Functions Standard costs $0.025 per 1,000 state transitions; Express is not billed per transition', () => {
    const workflow = (config: Record<string, unknown>) =>
      design(
        [
          { id: 'web', kind: 'Actor::Client' },
          { id: 'flow', kind: 'AWS::StepFunctions::StateMachine', config: { expectedDurationSeconds: 1, ...config } },
          { id: 'step', kind: 'AWS::Lambda::Function' },
        ],
        [
          { from: 'web', to: 'flow' },
          { from: 'flow', to: 'step' },
        ],
      );
    const result = simulate(workflow({}), traffic());
    const transitions = Number(result.reports!.flow!.values!.transitions);
    expect(transitions).toBeGreaterThan(0);
    expect(result.metrics.costByNode.flow).toBeCloseTo(((transitions / 1000) * 0.025 * 730 * 3_600_000) / result.durationMs, 0);
    expect(simulate(workflow({ StateMachineType: 'EXPRESS' }), traffic()).metrics.costByNode.flow ?? 0).toBe(0);
  });
});
