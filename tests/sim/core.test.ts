import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/sim/core/latency.ts';
import { findOutOfOrder } from '../../src/sim/core/ordering.ts';
import { keySampler, SeededRandom } from '../../src/sim/core/random.ts';
import { Scheduler } from '../../src/sim/core/scheduler.ts';
import { TraceRecorder } from '../../src/sim/core/trace.ts';
import type { SimMessage } from '../../src/sim/core/message.ts';

describe('Scheduler', () => {
  it('runs events in time order, ties in scheduling order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }), (times) => {
        const clock = new Scheduler();
        const ran: Array<[number, number]> = [];
        times.forEach((time, index) => {
          clock.at(time, () => ran.push([clock.now, index]));
        });
        clock.runUntil(Number.POSITIVE_INFINITY);
        const expected = times.map((time, index) => [time, index] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(ran).toEqual(expected);
      }),
    );
  });

  it('stops at the horizon and never goes back in time', () => {
    const clock = new Scheduler();
    const seen: number[] = [];
    clock.at(10, () => clock.at(5, () => seen.push(clock.now)));
    clock.at(100, () => seen.push(clock.now));
    clock.runUntil(50);
    expect(seen).toEqual([10]);
    expect(clock.pending).toBe(1);
  });
});

describe('SeededRandom and keys', () => {
  it('repeats for a seed', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const draws = (random: SeededRandom) => Array.from({ length: 5 }, () => random.next());
    const first = draws(a);
    expect(draws(b)).toEqual(first);
    expect(draws(c)).not.toEqual(first);
    for (const value of first) expect(value).toBeGreaterThanOrEqual(0);
  });

  it('Zipf keys make the first keys hot; uniform keys do not', () => {
    const random = new SeededRandom(1);
    const zipf = keySampler(1000, { zipf: 1.2 }, random);
    const uniform = keySampler(1000, 'uniform', random);
    const share = (sample: () => number) => {
      let top = 0;
      for (let i = 0; i < 10_000; i++) if (sample() < 10) top++;
      return top / 10_000;
    };
    expect(share(zipf)).toBeGreaterThan(0.4);
    expect(share(uniform)).toBeLessThan(0.03);
  });
});

describe('LatencyHistogram', () => {
  it('percentiles match the sorted samples to the bucket', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 20_000, noNaN: true }), { minLength: 1, maxLength: 300 }), (samples) => {
        const histogram = new LatencyHistogram();
        for (const sample of samples) histogram.add(sample);
        const sorted = [...samples].sort((a, b) => a - b);
        for (const p of [0.5, 0.95, 0.99]) {
          const exact = sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
          const bucket = exact < 10 ? 0.01 : exact < 10_000 ? 1 : 100;
          const value = histogram.percentile(p);
          expect(value).toBeGreaterThanOrEqual(exact - 1e-9);
          expect(value).toBeLessThanOrEqual(exact + bucket + 1e-9);
        }
      }),
    );
  });
});

describe('TraceRecorder', () => {
  it('keeps the first entries and each failure with the entries just before it, bounded', () => {
    const trace = new TraceRecorder({ first: 3, context: 2, max: 50, perFailureEvent: 2 });
    for (let t = 0; t < 100; t++) trace.record({ t, node: 'q', event: t % 25 === 24 ? 'throttled' : 'received' });
    const kept = trace.entries();
    expect(kept.slice(0, 3).map((entry) => entry.t)).toEqual([0, 1, 2]);
    expect(kept.filter((entry) => entry.event === 'throttled').map((entry) => entry.t)).toEqual([24, 49]);
    expect(kept.map((entry) => entry.t)).toEqual([0, 1, 2, 22, 23, 24, 47, 48, 49]);
  });
});

describe('findOutOfOrder', () => {
  const message = (seq: number, group: string, at: number): SimMessage =>
    ({ seq, attributes: { customer: group }, record: { id: `m${seq}`, processed: [{ at, by: 'worker' }] } }) as unknown as SimMessage;

  it('counts messages processed before an earlier-sent message of their group', () => {
    const messages = [message(0, 'a', 30), message(1, 'a', 10), message(2, 'a', 20), message(3, 'b', 5), message(4, 'b', 6)];
    const found = findOutOfOrder(messages, ['customer']);
    expect(found.map((event) => event.message.seq).sort()).toEqual([1, 2]);
    expect(found.every((event) => event.overtook.seq === 0)).toBe(true);
    expect(findOutOfOrder(messages, [])).toEqual([]);
  });
});
