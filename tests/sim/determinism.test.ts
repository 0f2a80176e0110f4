import { describe, expect, it } from 'vitest';
import { SimulationInputError, simulate } from '../../src/sim/simulate.ts';
import { ordersDesign, ordersTraffic, productsDesign, productsTraffic, settings } from './designs.ts';

describe('determinism', () => {
  it('the same design and settings give the same result and trace', () => {
    const first = simulate(ordersDesign({ fifo: false }), ordersTraffic({ orderBy: 'customerId' }));
    const second = simulate(ordersDesign({ fifo: false }), ordersTraffic({ orderBy: 'customerId' }));
    expect(second).toEqual(first);
    const reads = simulate(productsDesign({ kind: 'AWS::DAX::Cluster' }), productsTraffic(20));
    expect(simulate(productsDesign({ kind: 'AWS::DAX::Cluster' }), productsTraffic(20))).toEqual(reads);
  });

  it('a different seed gives a different run', () => {
    const one = simulate(ordersDesign({ fifo: false }), ordersTraffic({ seed: 1 }));
    const two = simulate(ordersDesign({ fifo: false }), ordersTraffic({ seed: 2 }));
    expect(two.trace).not.toEqual(one.trace);
    expect(two.messages.map((record) => record.sentAt)).not.toEqual(one.messages.map((record) => record.sentAt));
  });

  it('runs on virtual time: a two-minute scenario takes milliseconds and reports its virtual duration', () => {
    const result = simulate(ordersDesign({ fifo: true }), ordersTraffic());
    expect(result.durationMs).toBeGreaterThan(60_000);
    expect(result.events).toBeGreaterThan(1000);
  });
});

describe('bad input', () => {
  it('names the offending setting instead of throwing a stack trace at the player', () => {
    expect(() => simulate(ordersDesign({ fifo: true }), { ...ordersTraffic(), traffic: [] })).toThrow(SimulationInputError);
    expect(() => simulate(ordersDesign({ fifo: true }), { ...ordersTraffic(), traffic: [] })).toThrow(/settings\.traffic/);
    expect(() => simulate(ordersDesign({ fifo: true }), settings({ traffic: [{ id: 'x', ratePerSecond: 1, durationSeconds: 1, from: ['orders'] }] }))).toThrow(/settings\.traffic\.0\.from: "orders" is not an Actor::Client/);
    expect(() => simulate(ordersDesign({ fifo: true }), settings({ traffic: [{ id: 'x', ratePerSecond: 1, durationSeconds: 1 }], faults: [{ type: 'node-failure', node: 'nope', atSeconds: 1 }] }))).toThrow(/settings\.faults\.0\.node/);
  });
});
