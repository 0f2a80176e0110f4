import { describe, expect, it } from 'vitest';
import { DESIGN_FORMAT, type MessageRecord, simulateDesign } from '../../src/bridge.ts';
import { percentile, runSeries } from '../../src/game/model/run-series.ts';
import { runSandbox } from '../../src/game/model/sandbox-run.ts';
import { linePoints, shortNumber } from '../../src/ui/sparkline.ts';
import { DEFAULT_TRAFFIC, settingsFromForm, type TrafficForm } from '../../src/ui/traffic-settings.ts';

const message = (id: string, sentAt: number, processedAt: number | undefined, outcome: MessageRecord['outcome'] = 'processed'): MessageRecord => ({
  id,
  stream: 's',
  attributes: {},
  sentAt,
  processed: processedAt === undefined ? [] : [{ at: processedAt, by: 'fn' }],
  outcome,
});

const pipeline = (withDlq: boolean) => ({
  format: DESIGN_FORMAT,
  nodes: [
    { id: 'web', kind: 'Actor::Client' },
    { id: 'orders', kind: 'AWS::SQS::Queue', config: { VisibilityTimeout: 30 } },
    { id: 'fulfil', kind: 'AWS::Lambda::Function', config: { Timeout: 5 } },
    ...(withDlq ? [{ id: 'orders-dlq', kind: 'AWS::SQS::Queue' }] : []),
  ],
  edges: [
    { from: 'web', to: 'orders' },
    { from: 'orders', to: 'fulfil' },
    ...(withDlq ? [{ from: 'orders', to: 'orders-dlq', role: 'dead-letter', config: { maxReceiveCount: 3 } }] : []),
  ],
});

const form = (changes: Partial<TrafficForm>): TrafficForm => ({ ...DEFAULT_TRAFFIC, ratePerSecond: 5, durationSeconds: 10, ...changes });

describe('run series (the sandbox charts)', () => {
  it('bins latency, throughput and backlog by time', () => {
    const series = runSeries([message('a', 0, 500), message('b', 100, 2500), message('c', 1200, 1300), message('d', 1500, undefined, 'lost')], [], 4000, 4);
    expect(series.binMs).toBe(1000);
    expect(series.times).toEqual([0, 1000, 2000, 3000]);
    // a finishes in bin 0 (500 ms); c in bin 1 (100 ms); b in bin 2 (2400 ms).
    expect(series.p50).toEqual([500, 100, 2400, 0]);
    expect(series.throughput).toEqual([1, 1, 1, 0]);
    // Waiting at the end of each bin: b after bin 0; b after bin 1 (c and the lost d came and went); none after b.
    expect(series.backlog).toEqual([1, 1, 0, 0]);
  });

  it('counts throttling events from the trace where they happened', () => {
    const trace = [
      { t: 100, node: 'fn', event: 'throttled' },
      { t: 150, node: 'fn', event: 'invoked' },
      { t: 3500, node: 'fn', event: 'throttled' },
    ];
    expect(runSeries([], trace, 4000, 4).throttles).toEqual([1, 0, 0, 1]);
  });

  it('pending messages stay in the backlog to the end', () => {
    expect(runSeries([message('a', 0, undefined, 'pending')], [], 2000, 2).backlog).toEqual([1, 1]);
  });

  it('percentiles are nearest-rank', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect([percentile(values, 50), percentile(values, 95), percentile(values, 99), percentile([], 50)]).toEqual([50, 95, 99, 0]);
  });
});

describe('sandbox runs under the traffic panel settings', () => {
  it('the panel defaults are settings the engine accepts, and traffic flows through the design', () => {
    const run = runSandbox(pipeline(true), settingsFromForm(form({})));
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.metrics.sent).toBe(50);
    expect(run.metrics.processed).toBe(50);
    expect(run.series.throughput.some((value) => value > 0)).toBe(true);
  });

  it('a poison message ends in the dead-letter queue, and only with the fault switched on', () => {
    const poisoned = simulateDesign(pipeline(true), settingsFromForm(form({ faults: { poison: { messageNumber: 7 } } })));
    const clean = simulateDesign(pipeline(true), settingsFromForm(form({})));
    expect(poisoned.ok && clean.ok).toBe(true);
    if (!poisoned.ok || !clean.ok) return;
    expect(poisoned.result.metrics.deadLettered).toBe(1);
    expect(poisoned.result.messages.find((record) => record.attributes.messageNumber === '7')?.outcome).toBe('dead-lettered');
    expect(clean.result.metrics.deadLettered).toBe(0);
  });

  it('a burst multiplies the traffic for its duration', () => {
    const run = simulateDesign(pipeline(true), settingsFromForm(form({ faults: { burst: { multiplier: 4, atSeconds: 2, durationSeconds: 5 } } })));
    expect(run.ok && run.result.metrics.sent).toBe(50 + 5 * 5 * 3);
  });

  it('settings out of range come back as problems naming the field', () => {
    const run = runSandbox(pipeline(false), settingsFromForm(form({ ratePerSecond: 0 })));
    expect(run).toMatchObject({ ok: false, problems: [{ path: 'traffic.0.ratePerSecond' }] });
    const badDesign = runSandbox({ format: DESIGN_FORMAT, nodes: [{ id: 'X', kind: 'AWS::SQS::Queue' }], edges: [] }, settingsFromForm(form({})));
    expect(badDesign).toMatchObject({ ok: false, problems: [{ path: 'nodes[0].id' }] });
  });

  it('a design the rules reject still runs, and says how many error findings it has', () => {
    const fifoWithStandardDlq = pipeline(true);
    fifoWithStandardDlq.nodes[1] = { id: 'orders', kind: 'AWS::SQS::Queue', config: { VisibilityTimeout: 30, FifoQueue: true } as never };
    const run = runSandbox(fifoWithStandardDlq, settingsFromForm(form({})));
    expect(run.ok && run.errorFindings).toBeGreaterThan(0);
  });
});

describe('chart helpers', () => {
  it('numbers are short enough for a chart corner', () => {
    expect([shortNumber(0), shortNumber(1), shortNumber(2.345), shortNumber(42.6), shortNumber(1530), shortNumber(2_500_000)]).toEqual(['0', '1', '2.3', '43', '1.5k', '2.5M']);
  });

  it('the highest value touches the top of the chart and zero the bottom', () => {
    expect(linePoints([0, 5, 10], 10)).toBe('0.0,54.0 130.0,28.0 260.0,2.0');
    expect(linePoints([0, 0], 0)).toBe('0.0,54.0 260.0,54.0');
  });
});
