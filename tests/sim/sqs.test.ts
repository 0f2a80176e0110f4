import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/sim/simulate.ts';
import type { SimMessage } from '../../src/sim/core/message.ts';
import { FifoStore, type QueuedMessage } from '../../src/sim/behaviours/sqs/stores.ts';
import type { MessageRecord } from '../../src/sim/types.ts';
import { design, ordersDesign, ordersTraffic, settings } from './designs.ts';

/** Orders of each customer as fulfil processed them, by order number. */
function processedOrderPerCustomer(messages: MessageRecord[], by = 'fulfil'): Map<string, number[]> {
  const lanes = new Map<string, Array<{ at: number; order: number }>>();
  for (const record of messages) {
    const first = record.processed.find((entry) => entry.by === by);
    if (!first) continue;
    const customer = record.attributes.customerId!;
    const lane = lanes.get(customer) ?? [];
    lane.push({ at: first.at, order: Number(record.attributes.orderId!.slice(1)) });
    lanes.set(customer, lane);
  }
  return new Map([...lanes].map(([customer, lane]) => [customer, lane.sort((a, b) => a.at - b.at).map((entry) => entry.order)]));
}

function isSorted(values: number[]): boolean {
  return values.every((value, index) => index === 0 || values[index - 1]! < value);
}

describe('SQS standard queue', () => {
  it('delivers at least once: with a seed, some orders are processed twice and some out of order', () => {
    const result = simulate(ordersDesign({ fifo: false }), ordersTraffic({ orderBy: 'customerId', faults: [] }));
    expect(result.metrics.duplicates).toBeGreaterThan(0);
    expect(result.metrics.outOfOrder).toBeGreaterThan(0);
    const twice = result.messages.filter((record) => record.processed.filter((entry) => entry.by === 'fulfil').length > 1);
    expect(twice.length).toBe(result.metrics.duplicates);
    expect(result.trace.some((entry) => entry.event === 'duplicateDelivered')).toBe(true);
    const lanes = processedOrderPerCustomer(result.messages);
    expect([...lanes.values()].some((orders) => !isSorted(orders))).toBe(true);
  });

  it('redelivers a message whose processing outlasts the visibility timeout: a duplicate', () => {
    const slow = design(
      [
        { id: 'shop', kind: 'Actor::Client' },
        { id: 'jobs', kind: 'AWS::SQS::Queue', config: { VisibilityTimeout: 2 } },
        { id: 'worker', kind: 'AWS::Lambda::Function', config: { Timeout: 30 } },
      ],
      [
        { from: 'shop', to: 'jobs' },
        { from: 'jobs', to: 'worker', config: { BatchSize: 1 } },
      ],
    );
    const result = simulate(slow, settings({ seed: 5, traffic: [{ id: 'jobs', count: 3, ratePerSecond: 1, durationSeconds: 3, processingMs: 5000 }] }));
    expect(result.trace.some((entry) => entry.event === 'visibilityTimeoutExpired')).toBe(true);
    for (const record of result.messages) expect(record.processed.filter((entry) => entry.by === 'worker').length).toBeGreaterThan(1);
    expect(result.metrics.duplicates).toBeGreaterThanOrEqual(3);

    const patient = structuredClone(slow);
    patient.nodes[1]!.config = { VisibilityTimeout: 60 };
    const fixed = simulate(patient, settings({ seed: 5, traffic: [{ id: 'jobs', count: 3, ratePerSecond: 1, durationSeconds: 3, processingMs: 5000 }] }));
    expect(fixed.metrics.duplicates).toBe(0);
  });

  it('keeps a new message invisible for DelaySeconds', () => {
    const delayed = ordersDesign({ fifo: false, dlq: false });
    delayed.nodes[1]!.config = { DelaySeconds: 60 };
    const result = simulate(delayed, ordersTraffic({ faults: [], traffic: [{ id: 'orders', count: 5, ratePerSecond: 1, durationSeconds: 5, processingMs: 10 }] }));
    for (const record of result.messages) expect(record.processed[0]!.at - record.sentAt).toBeGreaterThanOrEqual(60_000);
  });

  it('loses messages older than MessageRetentionPeriod that no one processed in time', () => {
    const noConsumer = design(
      [
        { id: 'shop', kind: 'Actor::Client' },
        { id: 'orders', kind: 'AWS::SQS::Queue', config: { MessageRetentionPeriod: 60, DelaySeconds: 90 } },
        { id: 'fulfil', kind: 'AWS::Lambda::Function' },
      ],
      [
        { from: 'shop', to: 'orders' },
        { from: 'orders', to: 'fulfil' },
      ],
    );
    const result = simulate(noConsumer, settings({ traffic: [{ id: 'orders', count: 4, ratePerSecond: 1, durationSeconds: 4 }] }));
    expect(result.messages.every((record) => record.outcome === 'expired')).toBe(true);
    expect(result.metrics.lost).toBe(4);
  });

  it('counts the empty receives of short polling as requests (cost)', () => {
    const polled = (wait: number) =>
      design(
        [
          { id: 'shop', kind: 'Actor::Client' },
          { id: 'jobs', kind: 'AWS::SQS::Queue', config: { ReceiveMessageWaitTimeSeconds: wait } },
          { id: 'worker', kind: 'AWS::EC2::Instance' },
        ],
        [
          { from: 'shop', to: 'jobs' },
          { from: 'jobs', to: 'worker' },
        ],
      );
    const traffic = settings({ traffic: [{ id: 'jobs', count: 10, ratePerSecond: 1, durationSeconds: 60 }] });
    const short = simulate(polled(0), traffic);
    const long = simulate(polled(20), traffic);
    expect(short.metrics.costByNode.jobs).toBeGreaterThan(long.metrics.costByNode.jobs! * 10);
    expect(long.messages.every((record) => record.outcome === 'processed')).toBe(true);
  });
});

const LATER_ORDERS = ['o4', 'o5', 'o6', 'o7', 'o8', 'o9', 'o10'];

/** One customer's ten orders within 0.1 s: o1 goes alone, o2–o10 wait for it and go as one batch; o3 always fails. */
function batchedOrders(options: { fifo: boolean; report: boolean }) {
  return simulate(
    ordersDesign({ fifo: options.fifo, batchSize: 10, reportBatchItemFailures: options.report, maxReceiveCount: 2, visibilityTimeout: 5 }),
    settings({
      traffic: [{ id: 'orders', count: 10, ratePerSecond: 100, durationSeconds: 0.1, attributes: { customerId: { keys: 1, prefix: 'c' }, orderId: { sequence: true, prefix: 'o' } }, processingMs: 100 }],
      faults: [{ type: 'poison-message', attribute: 'orderId', value: 'o3' }],
    }),
  );
}

describe('SQS FIFO queue', () => {
  it('keeps each customer’s orders in order and exactly once, and a poison order blocks only its own customer until redriven', () => {
    const result = simulate(ordersDesign({ fifo: true, maxReceiveCount: 3 }), ordersTraffic());
    expect(result.metrics.outOfOrder).toBe(0);
    expect(result.metrics.duplicates).toBe(0);
    const poison = result.messages.find((record) => record.attributes.orderId === 'o42')!;
    expect(poison.outcome).toBe('dead-lettered');
    expect(poison.endedAt).toBe('orders-dlq');
    const lanes = processedOrderPerCustomer(result.messages);
    for (const orders of lanes.values()) expect(isSorted(orders)).toBe(true);
    // The poison order's customer waits for the redrive; the other customers do not.
    const movedAt = result.trace.find((entry) => entry.event === 'movedToDeadLetterQueue')!.t;
    const poisonCustomer = poison.attributes.customerId!;
    const laterOrder = (customer: string) => result.messages.filter((record) => record.attributes.customerId === customer && record.sentAt > poison.sentAt)[0]!;
    expect(laterOrder(poisonCustomer).processed[0]!.at).toBeGreaterThan(movedAt);
    const others = [...new Set(result.messages.map((record) => record.attributes.customerId!))].filter((customer) => customer !== poisonCustomer);
    for (const customer of others) expect(laterOrder(customer).processed[0]!.at).toBeLessThan(movedAt);
    expect(result.messages.filter((record) => record.outcome === 'processed')).toHaveLength(599);
  });

  it('moves a message to the dead-letter queue after maxReceiveCount receives', () => {
    for (const maxReceiveCount of [1, 4]) {
      const result = simulate(ordersDesign({ fifo: true, maxReceiveCount, visibilityTimeout: 5 }), ordersTraffic());
      const poisonId = result.messages.find((record) => record.attributes.orderId === 'o42')!.id;
      const failures = result.trace.filter((entry) => entry.message === poisonId && entry.event === 'processingFailed');
      expect(failures).toHaveLength(maxReceiveCount);
      expect(result.metrics.deadLettered).toBe(1);
    }
  });

  it('without a dead-letter queue, a poison order blocks its customer for the rest of the run', () => {
    const result = simulate(ordersDesign({ fifo: true, dlq: false, visibilityTimeout: 5 }), ordersTraffic({ drainSeconds: 120 }));
    const poison = result.messages.find((record) => record.attributes.orderId === 'o42')!;
    expect(poison.outcome).toBe('pending');
    const stuck = result.messages.filter((record) => record.attributes.customerId === poison.attributes.customerId && record.sentAt > poison.sentAt);
    expect(stuck.length).toBeGreaterThan(0);
    expect(stuck.every((record) => record.processed.length === 0 && record.outcome === 'pending')).toBe(true);
  });

  it('one message group per order gives no ordering per customer', () => {
    const result = simulate(ordersDesign({ fifo: true, groupAttribute: 'orderId' }), ordersTraffic({ orderBy: 'customerId', faults: [] }));
    expect(result.metrics.outOfOrder).toBeGreaterThan(0);
  });

  it('rejects sends without a message group id, and drops a repeated deduplication id within 5 minutes', () => {
    const noGroup = ordersDesign({ fifo: true });
    noGroup.edges[0]!.config = {};
    const rejected = simulate(noGroup, ordersTraffic({ faults: [] }));
    expect(rejected.messages.every((record) => record.outcome === 'failed' && /MessageGroupId/.test(record.reason ?? ''))).toBe(true);

    const sameBody = simulate(
      ordersDesign({ fifo: true }),
      settings({ traffic: [{ id: 'orders', count: 40, ratePerSecond: 10, durationSeconds: 4, attributes: { customerId: { keys: 2, prefix: 'c' } } }] }),
    );
    // Content-based deduplication over bodies that repeat: only the two distinct bodies get through.
    expect(sameBody.messages.filter((record) => record.processed.length > 0)).toHaveLength(2);
    expect(sameBody.trace.filter((entry) => entry.event === 'deduplicated').length).toBe(38);
  });

  it('with ReportBatchItemFailures, a FIFO batch stops at the first failure: that order and every one after it go back unprocessed', () => {
    const fifo = batchedOrders({ fifo: true, report: true });
    const order = (id: string) => fifo.messages.find((record) => record.attributes.orderId === id)!;
    expect(order('o3').outcome).toBe('dead-lettered');
    for (const id of ['o1', 'o2']) expect(order(id).processed).toHaveLength(1);
    // Received with the poison order every time, the later orders share its receive count and end in the dead-letter queue with it.
    for (const id of LATER_ORDERS) expect(order(id).processed).toHaveLength(0);
    expect(fifo.metrics.duplicates).toBe(0);
    expect(fifo.metrics.outOfOrder).toBe(0);
    // A standard queue has no order to keep: the function reports only the failed message and goes on.
    const standard = batchedOrders({ fifo: false, report: true });
    for (const id of LATER_ORDERS) expect(standard.messages.find((record) => record.attributes.orderId === id)!.processed.length).toBeGreaterThan(0);
  });

  it('without ReportBatchItemFailures, a failed FIFO batch is retried whole: orders before the failure are processed again', () => {
    const result = batchedOrders({ fifo: true, report: false });
    const order = (id: string) => result.messages.find((record) => record.attributes.orderId === id)!;
    expect(order('o1').processed).toHaveLength(1);
    // o2 went in o3's batch: processed, then retried with the whole batch.
    expect(order('o2').processed).toHaveLength(2);
    expect(result.metrics.duplicates).toBe(1);
    expect(result.metrics.outOfOrder).toBe(0);
  });

  it('fills a FIFO batch from several message groups, each in order, and skips groups with messages in flight', () => {
    const store = new FifoStore();
    const entry = (group: string, n: number): QueuedMessage => ({ message: { seq: n } as SimMessage, state: 'available', receiveCount: 0, enqueuedAt: 0, receipt: 0, groupId: group });
    const [a1, a2, b1, b2, b3, c1] = [entry('a', 1), entry('a', 2), entry('b', 3), entry('b', 4), entry('b', 5), entry('c', 6)];
    for (const queued of [a1, a2, b1, b2, b3, c1]) store.add(queued);
    expect(store.take(4)).toEqual([a1, a2, b1, b2]);
    // a and b are in flight (b3 waits behind b1 and b2): only c can be received.
    expect(store.take(10)).toEqual([c1]);
    expect(store.take(10)).toEqual([]);
    store.remove(b1);
    store.remove(b2);
    expect(store.take(10)).toEqual([b3]);
  });

  it('throttles FIFO sends above 300 per second unless high throughput is on', () => {
    const burst = settings({ traffic: [{ id: 'orders', ratePerSecond: 600, durationSeconds: 2, attributes: { customerId: { keys: 50, prefix: 'c' }, orderId: { sequence: true } } }] });
    const perQueue = simulate(ordersDesign({ fifo: true }), burst);
    expect(perQueue.metrics.throttles).toBeGreaterThan(400);
    const highThroughput = ordersDesign({ fifo: true });
    highThroughput.nodes[1]!.config = { ...highThroughput.nodes[1]!.config, FifoThroughputLimit: 'perMessageGroupId', DeduplicationScope: 'messageGroup' };
    expect(simulate(highThroughput, burst).metrics.throttles).toBe(0);
  });
});
