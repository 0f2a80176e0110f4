import { describe, expect, it } from 'vitest';
import { design, judgeOne, message, queueDesign, run, scenario } from './helpers.ts';

const processedAt = (at: number, by = 'fulfil') => ({ processed: [{ at, by }] });
const order = (id: string, customer: string, sentAt: number, at: number) =>
  message(`m${id}`, { attributes: { customerId: customer, orderId: id }, sentAt, ...processedAt(at) });
const ordered = { id: 'in-order', label: 'Orders of a customer in order', type: 'ordered', attribute: 'customerId', messageName: 'orderId', nouns: { message: 'order', group: 'customer' } };

describe('ordered', () => {
  it('passes when every group finishes in send order', () => {
    const simulation = run([order('1', 'c1', 0, 500), order('2', 'c2', 10, 300), order('3', 'c1', 20, 900)]);
    expect(judgeOne(ordered, queueDesign(), simulation).passed).toBe(true);
  });

  it('names the two orders, the customer and the time, and keeps their trace', () => {
    const trace = [
      { t: 2410, node: 'fulfil', message: 'm18', event: 'processed', edge: 'orders->fulfil' },
      { t: 2950, node: 'fulfil', message: 'm17', event: 'processed' },
      { t: 100, node: 'fulfil', message: 'm1', event: 'processed' },
    ];
    const simulation = run([order('17', 'c3', 1000, 2950), order('18', 'c3', 1100, 2410), order('19', 'c4', 1200, 2000)], {}, trace);
    const result = judgeOne(ordered, queueDesign({}), simulation);
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^orders 17 and 18 of customer c3 were processed out of order at t = 2\.41 s/);
    expect(result.trace?.map((entry) => entry.message)).toEqual(['m18', 'm17']);
    expect(result.nodes).toEqual(['fulfil']);
    expect(result.edges).toEqual(['orders->fulfil']);
    // a standard queue is the reason, and the notes say so
    expect(result.why).toMatch(/no strict ordering/);
    expect(result.fix).toMatch(/FifoQueue: true/);
  });

  it('blames the message group when a FIFO queue groups by the wrong attribute', () => {
    const simulation = run([order('1', 'c1', 0, 900), order('2', 'c1', 10, 300)]);
    const result = judgeOne(ordered, queueDesign(undefined, 'orderId'), simulation);
    expect(result.passed).toBe(false);
    expect(result.fix).toMatch(/messageGroupId: customerId on shop->orders/);
    expect(result.edges).toEqual(['shop->orders']);
  });

  it('ignores messages never processed (nothing-lost judges those)', () => {
    const simulation = run([order('1', 'c1', 0, 900), message('m2', { attributes: { customerId: 'c1' }, sentAt: 10, outcome: 'pending' })]);
    expect(judgeOne(ordered, queueDesign(), simulation).passed).toBe(true);
  });
});

describe('exactly-once', () => {
  const requirement = { id: 'once', label: 'Each order once', type: 'exactly-once', messageName: 'orderId' };

  it('fails on a second processing by the same consumer and counts the extras', () => {
    const twice = message('m1', { attributes: { orderId: '42' }, processed: [{ at: 3100, by: 'fulfil' }, { at: 33200, by: 'fulfil' }] });
    const result = judgeOne(requirement, queueDesign(), run([twice, order('2', 'c1', 0, 10)]));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^orderId 42 was processed 2 times \(t = 3\.1 s by fulfil, t = 33\.2 s by fulfil\)/);
    expect(result.fix).toMatch(/VisibilityTimeout/);
  });

  it('does not count one copy per fan-out consumer as a duplicate', () => {
    const fanned = message('m1', { processed: [{ at: 10, by: 'billing' }, { at: 12, by: 'shipping' }] });
    expect(judgeOne(requirement, queueDesign(), run([fanned])).passed).toBe(true);
  });
});

describe('nothing-lost and faulty-dead-lettered', () => {
  const poison = message('m13', { attributes: { orderId: '13', customerId: 'c3' }, sentAt: 1300, outcome: 'pending' });
  const blocked = message('m14', { attributes: { orderId: '14', customerId: 'c3' }, sentAt: 1400, outcome: 'pending' });

  it('ignores the poison message but not the orders it blocks, and blames the missing dead-letter queue', () => {
    const result = judgeOne({ id: 'all', label: 'Nothing lost', type: 'nothing-lost', messageName: 'orderId' }, queueDesign(), run([order('1', 'c1', 0, 10), poison, blocked]));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^1 of 2 messages were never completed \(1 still waiting when the run ended\)\. The first, orderId 14, sent at t = 1\.4 s/);
    expect(result.fix).toMatch(/dead-letter queue/);
    expect(result.why).toMatch(/alayze/);
  });

  it('passes when only the poison message is unprocessed', () => {
    const dead = message('m13', { attributes: { orderId: '13' }, outcome: 'dead-lettered', endedAt: 'orders-dlq' });
    expect(judgeOne({ id: 'all', label: 'Nothing lost', type: 'nothing-lost' }, queueDesign(), run([order('1', 'c1', 0, 10), dead])).passed).toBe(true);
    expect(judgeOne({ id: 'all', label: 'Nothing lost', type: 'nothing-lost', exceptFaulty: false }, queueDesign(), run([dead])).passed).toBe(false);
  });

  it('requires the poison message to end in a dead-letter queue', () => {
    const requirement = { id: 'dlq', label: 'Poison order to a DLQ', type: 'faulty-dead-lettered', messageName: 'orderId' };
    const result = judgeOne(requirement, queueDesign(), run([poison]));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^orderId 13 fails every time it is processed; it was still waiting when the run ended/);
    const dead = message('m13', { attributes: { orderId: '13' }, outcome: 'dead-lettered', endedAt: 'orders-dlq' });
    const ok = judgeOne(requirement, queueDesign(), run([dead]));
    expect(ok.passed).toBe(true);
    expect(ok.nodes).toEqual(['orders-dlq']);
  });
});

describe('latency, throughput, throttles', () => {
  const reads = (latencies: number[], from = 0) => latencies.map((latencyMs, i) => message(`r${from + i}`, { stream: 'reads', sentAt: (from + i) * 1000, latencyMs }));
  const level = scenario({
    simulation: { traffic: [{ id: 'reads', operation: 'read', ratePerSecond: 10, durationSeconds: 100 }], faults: [{ type: 'az-failure', atSeconds: 50 }] },
  });

  it('computes the percentile from the records and splits it around the fault', () => {
    const fast = reads(Array.from({ length: 50 }, () => 1));
    const slow = reads(Array.from({ length: 50 }, () => 9), 50);
    const requirement = { id: 'p95', label: 'p95 under 5 ms', type: 'latency', stream: 'reads', percentile: 'p95', atMostMs: 5 };
    const result = judgeOne(requirement, queueDesign(), run([...fast, ...slow]), level);
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/p95 latency was 9\.00 ms over 100 requests/);
    expect(result.message).toMatch(/before the outage of Availability Zone a it was 1\.00 ms, during it 9\.00 ms/);
    expect(judgeOne(requirement, queueDesign(), run(fast), level).passed).toBe(true);
  });

  it('judges throughput against the run metrics', () => {
    const requirement = { id: 'tput', label: '100/s', type: 'throughput', atLeastPerSecond: 100 };
    expect(judgeOne(requirement, queueDesign(), run([], { throughputPerSecond: 120 })).passed).toBe(true);
    expect(judgeOne(requirement, queueDesign(), run([], { throughputPerSecond: 80 })).message).toMatch(/80\.0 per second/);
  });

  it('names the throttled table and quotes the read-capacity sentence', () => {
    const table = design([{ id: 'products', kind: 'AWS::DynamoDB::Table' }]);
    const load = { products: { received: 100, processed: 60, throttled: 40, errors: 0, peak: 1 } };
    const requirement = { id: 'no-throttles', label: 'No throttles', type: 'throttles', atMost: 0 };
    const result = judgeOne(requirement, table, run([], { throttles: 40, load }, [{ t: 2500, node: 'products', event: 'read throttled' }]));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/40 requests were throttled \(products: 40\), the first at t = 2\.5 s/);
    expect(result.nodes).toEqual(['products']);
    expect(result.why).toMatch(/1 RCU/);
    expect(judgeOne(requirement, table, run([], { throttles: 0 })).passed).toBe(true);
  });
});

describe('staleness, availability, cost', () => {
  it('finds the stalest read', () => {
    const records = [message('r1', { sentAt: 1000, staleMs: 2000 }), message('r2', { sentAt: 412_300, staleMs: 402_100 })];
    const requirement = { id: 'fresh', label: 'At most 300 s stale', type: 'staleness', atMostSeconds: 300 };
    const result = judgeOne(requirement, queueDesign(), run(records));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/A read at t = 412\.3 s returned data 402\.1 s old; the bound is 300 s \(1 reads were staler\)/);
    expect(result.fix).toMatch(/TTL to at most 300 s/);
    expect(judgeOne(requirement, queueDesign(), run(records.slice(0, 1))).passed).toBe(true);
  });

  it('judges availability only over the fault window when asked', () => {
    const level = scenario({ simulation: { traffic: [{ id: 'orders', ratePerSecond: 1, durationSeconds: 60 }], faults: [{ type: 'node-failure', node: 'cache', atSeconds: 30 }] } });
    const before = Array.from({ length: 30 }, (_, i) => message(`a${i}`, { sentAt: i * 1000, outcome: 'failed' }));
    const during = Array.from({ length: 30 }, (_, i) => message(`b${i}`, { sentAt: 30_000 + i * 1000, outcome: i < 3 ? 'throttled' : 'processed' }));
    const requirement = { id: 'up', label: '95% through the failure', type: 'availability', atLeast: 0.95, duringFault: 0 };
    const result = judgeOne(requirement, queueDesign(), run([...before, ...during]), level);
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^90\.00% of 30 requests were answered during the failure of cache/);
    expect(judgeOne({ ...requirement, atLeast: 0.9 }, queueDesign(), run([...before, ...during]), level).passed).toBe(true);
  });

  it('compares the monthly cost with the budget and names the biggest costs', () => {
    const requirement = { id: 'cheap', label: 'Under $50', type: 'monthly-cost', atMostUsd: 50 };
    const result = judgeOne(requirement, queueDesign(), run([], { monthlyCostUsd: 80, costByNode: { orders: 60, fulfil: 20 } }));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/Biggest: orders \$60\.00, fulfil \$20\.00/);
    expect(result.nodes).toEqual(['orders', 'fulfil']);
    expect(judgeOne(requirement, queueDesign(), run([], { monthlyCostUsd: 12 })).passed).toBe(true);
  });

  it('with kinds, counts only the components of those kinds', () => {
    const requirement = { id: 'queue-bill', label: 'The queue under $5', type: 'monthly-cost', atMostUsd: 5, kinds: ['AWS::SQS::Queue'] };
    const cheapQueue = run([], { monthlyCostUsd: 80, costByNode: { orders: 3, fulfil: 77 } });
    expect(judgeOne(requirement, queueDesign(), cheapQueue).passed).toBe(true);
    const dearQueue = judgeOne(requirement, queueDesign(), run([], { monthlyCostUsd: 80, costByNode: { orders: 9, fulfil: 71 } }));
    expect(dearQueue.passed).toBe(false);
    expect(dearQueue.message).toMatch(/about \$9\.00 a month/);
    expect(dearQueue.nodes).toEqual(['orders']);
  });
});

describe('without a run', () => {
  it('a behavioural requirement fails and says the simulation could not run', () => {
    const result = judgeOne({ id: 'once', label: 'Once', type: 'exactly-once' }, queueDesign());
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/simulation could not run/);
  });
});
