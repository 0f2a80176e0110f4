import { bench, describe } from 'vitest';
import { simulate } from '../../src/sim/simulate.ts';
import { ordersDesign, ordersTraffic, productsDesign, productsTraffic, settings } from '../sim/designs.ts';

// Goal: each scenario-like run under 100 ms median on the 2-core machine. A bench's name carries
// the events one run processes, so simulated events per second = that number × the bench's hz.

const fifoOrders = { design: ordersDesign({ fifo: true, maxReceiveCount: 3 }), settings: ordersTraffic() };
const redisFailover = productsTraffic(120, { faults: [{ type: 'node-failure', node: 'cache', atSeconds: 60 }] });
const cacheHotReads = {
  design: productsDesign({ kind: 'AWS::ElastiCache::ReplicationGroup', config: { NumCacheClusters: 2, AutomaticFailoverEnabled: true, MultiAZEnabled: true }, edge: { ttlSeconds: 300 } }),
  settings: redisFailover,
};
const daxHotReads = { design: productsDesign({ kind: 'AWS::DAX::Cluster' }), settings: redisFailover };
// Event throughput: a standard queue with 20,000 messages through Lambda.
const busyQueue = {
  design: ordersDesign({ fifo: false, dlq: false }),
  settings: settings({ seed: 1, traffic: [{ id: 'orders', ratePerSecond: 1000, durationSeconds: 20, attributes: { customerId: { keys: 100 } }, processingMs: { min: 5, max: 20 } }] }),
};

const eventsOf = (run: { design: Parameters<typeof simulate>[0]; settings: Parameters<typeof simulate>[1] }) => simulate(run.design, run.settings).events;

describe('simulation', () => {
  bench(`fifo-orders-like: 600 orders, 20 customers, poison order, drain (${eventsOf(fifoOrders)} events)`, () => {
    simulate(fifoOrders.design, fifoOrders.settings);
  });
  bench('cache-hot-reads-like: 2,000 reads/s + 20 writes/s for 120 s, Redis Multi-AZ, node failure at 60 s (242,400 requests)', () => {
    simulate(cacheHotReads.design, cacheHotReads.settings);
  });
  bench('cache-hot-reads-like with DAX (242,400 requests)', () => {
    simulate(daxHotReads.design, daxHotReads.settings);
  });
  bench(`events per second: 20,000 messages through a standard queue and Lambda (${eventsOf(busyQueue)} events)`, () => {
    simulate(busyQueue.design, busyQueue.settings);
  });
});
