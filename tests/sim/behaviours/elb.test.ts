import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim/simulate.ts';
import { clientIpSource, clientIpVisible } from '../../../src/sim/behaviours/elb/client-ip.ts';
import { ruleKey, ruleTarget } from '../../../src/sim/behaviours/elb/routing.ts';
import { design, settings } from '../designs.ts';

type Nodes = Parameters<typeof design>[0];
type Edges = Parameters<typeof design>[1];

function behindBalancer(balancer: Record<string, unknown>, targets: Nodes, kind = 'AWS::ElasticLoadBalancingV2::LoadBalancer') {
  const nodes: Nodes = [{ id: 'users', kind: 'Actor::Client' }, { id: 'front', kind, config: balancer }, ...targets];
  const edges: Edges = [{ from: 'users', to: 'front' }, ...targets.map((target) => ({ from: 'front', to: target.id, role: 'target' as const }))];
  return design(nodes, edges);
}

const web = (count: number, durationMs = 20) => settings({ traffic: [{ id: 'web', ratePerSecond: count / 10, durationSeconds: 10, count, processingMs: durationMs, attributes: { sessionId: { keys: 20, prefix: 's' }, path: { keys: 1, prefix: '/orders/' } } }] });

describe('load balancer routing', () => {
  it('reads the first path segment or Host label; the default rule takes what no rule matches', () => {
    expect(ruleKey('path', '/orders/42?x=1')).toBe('orders');
    expect(ruleKey('host', 'Images.example.com')).toBe('images');
    expect(ruleTarget('path', { path: '/images/a.png' }, ['orders', 'images'])).toBe(1);
    expect(ruleTarget('path', { path: '/nothing' }, ['orders', 'images'])).toBe(0);
    expect(ruleTarget('none', { path: '/images' }, ['orders', 'images'])).toBe(-1);
  });

  it('an ALB with path routing sends /orders to orders and /images to images; without routing both share the load', () => {
    const targets: Nodes = [
      { id: 'orders', kind: 'AWS::EC2::Instance' },
      { id: 'images', kind: 'AWS::EC2::Instance' },
    ];
    const traffic = settings({
      traffic: [
        { id: 'orders', ratePerSecond: 5, durationSeconds: 10, attributes: { path: { keys: 3, prefix: '/orders/' } } },
        { id: 'images', ratePerSecond: 5, durationSeconds: 10, attributes: { path: { keys: 3, prefix: '/images/' } } },
      ],
    });
    const routed = simulate(behindBalancer({ routing: 'path' }, targets), traffic).reports!.front!.loadBalancer!;
    expect(routed.byTarget).toEqual({ orders: 50, images: 50 });
    const ordersOnly = settings({ traffic: [{ id: 'orders', ratePerSecond: 5, durationSeconds: 10, attributes: { path: { keys: 3, prefix: '/orders/' } } }] });
    expect(simulate(behindBalancer({ routing: 'path' }, targets), ordersOnly).reports!.front!.loadBalancer!.byTarget).toEqual({ orders: 50, images: 0 });
    // An NLB cannot read the path: the same requests spread over both targets.
    expect(simulate(behindBalancer({ Type: 'network', routing: 'path' }, targets), ordersOnly).reports!.front!.loadBalancer!.byTarget).toEqual({ orders: 25, images: 25 });
  });

  it('answers 503 with no registered target and with no healthy one', () => {
    const empty = simulate(design([{ id: 'users', kind: 'Actor::Client' }, { id: 'front', kind: 'AWS::ElasticLoadBalancingV2::LoadBalancer' }], [{ from: 'users', to: 'front' }]), web(20));
    expect(empty.reports!.front!.loadBalancer!.responses503).toBe(20);
    expect(empty.messages.every((record) => record.outcome === 'failed' && /503/.test(record.reason ?? ''))).toBe(true);
    const failing = simulate(behindBalancer({}, [{ id: 'app', kind: 'AWS::EC2::Instance' }]), { ...web(100), faults: [{ type: 'node-failure', node: 'app', atSeconds: 5 }] });
    expect(failing.reports!.front!.loadBalancer!.responses503).toBeGreaterThan(40);
    expect(failing.reports!.front!.loadBalancer!.responses503).toBeLessThan(60);
    expect(failing.metrics.availability).toBeLessThan(0.6);
  });

  it('answers 504 when the target takes longer than the idle timeout', () => {
    const slow = simulate(behindBalancer({ idleTimeoutSeconds: 1 }, [{ id: 'app', kind: 'AWS::EC2::Instance' }]), web(20, 1_500));
    expect(slow.reports!.front!.loadBalancer!.responses504).toBe(20);
    expect(slow.trace.some((entry) => entry.event === 'gatewayTimeout')).toBe(true);
    const patient = simulate(behindBalancer({ idleTimeoutSeconds: 5 }, [{ id: 'app', kind: 'AWS::EC2::Instance' }]), web(20, 1_500));
    expect(patient.reports!.front!.loadBalancer!.responses504).toBe(0);
    expect(patient.metrics.availability).toBe(1);
  });

  it('sticky sessions keep each session on one target, and a failed target loses its sessions', () => {
    const targets: Nodes = [
      { id: 'a', kind: 'AWS::EC2::Instance' },
      { id: 'b', kind: 'AWS::EC2::Instance' },
    ];
    const traffic = { ...web(200), faults: [{ type: 'node-failure' as const, node: 'a', atSeconds: 5 }] };
    const sticky = simulate(behindBalancer({ stickySessions: true }, targets), settings(traffic));
    const lost = sticky.reports!.front!.loadBalancer!.sessionsLost;
    expect(lost).toBeGreaterThan(0);
    expect(lost).toBeLessThanOrEqual(20);
    expect(sticky.trace.some((entry) => entry.event === 'sessionLost')).toBe(true);
    const shared = simulate(behindBalancer({}, targets), settings(traffic));
    expect(shared.reports!.front!.loadBalancer!.sessionsLost).toBe(0);
  });

  it('NLB keeps the client address for instance targets; ALB puts it in X-Forwarded-For', () => {
    expect(clientIpSource({ type: 'application', targetType: 'instance', preserveClientIp: undefined, layer4Only: false })).toBe('x-forwarded-for');
    expect(clientIpSource({ type: 'network', targetType: 'instance', preserveClientIp: undefined, layer4Only: false })).toBe('source-address');
    expect(clientIpSource({ type: 'network', targetType: 'ip', preserveClientIp: undefined, layer4Only: false })).toBe('proxy-protocol');
    expect(clientIpVisible('x-forwarded-for', 'source-address')).toBe(false);
    const alb = simulate(behindBalancer({ clientIpFrom: 'source-address' }, [{ id: 'app', kind: 'AWS::EC2::Instance' }]), web(20));
    expect(alb.reports!.front!.loadBalancer!.clientIpVisible).toBe(0);
    const nlb = simulate(behindBalancer({ Type: 'network', clientIpFrom: 'source-address' }, [{ id: 'app', kind: 'AWS::EC2::Instance' }]), web(20));
    expect(nlb.reports!.front!.loadBalancer!.clientIpVisible).toBe(20);
  });

  it('an NLB adds less latency than an ALB', () => {
    const app: Nodes = [{ id: 'app', kind: 'AWS::EC2::Instance' }];
    const alb = simulate(behindBalancer({}, app), web(100, 0));
    const nlb = simulate(behindBalancer({ Type: 'network' }, app), web(100, 0));
    expect(nlb.metrics.latencyMs.p50).toBeLessThan(alb.metrics.latencyMs.p50);
  });
});
