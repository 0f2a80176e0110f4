import { describe, expect, it } from 'vitest';
import { evaluate, publishingIntervalSeconds } from '../../../src/sim/behaviours/cloudwatch/evaluation.ts';
import { simulate } from '../../../src/sim/simulate.ts';
import { design, settings } from '../designs.ts';

function alarmOn(source: { kind: string; config?: Record<string, unknown> }, alarm: Record<string, unknown>, storageResolution = 60) {
  return design(
    [
      { id: 'users', kind: 'Actor::Client' },
      { id: 'queue', kind: source.kind, config: source.config ?? {} },
      { id: 'backlog', kind: 'AWS::CloudWatch::Alarm', config: { Threshold: 100, ComparisonOperator: 'GreaterThanThreshold', ...alarm } },
    ],
    [
      { from: 'users', to: 'queue' },
      { from: 'queue', to: 'backlog', config: { storageResolution } },
    ],
  );
}

const breach = (atSeconds: number, durationSeconds: number, more: unknown[] = []) =>
  settings({ drainSeconds: 0, traffic: [{ id: 'orders', ratePerSecond: 1, durationSeconds: 1_800 }], faults: [{ type: 'metric-breach', node: 'backlog', atSeconds, durationSeconds }, ...more] });

describe('CloudWatch alarms', () => {
  it('M out of N: ALARM when DatapointsToAlarm of the last EvaluationPeriods breach', () => {
    expect(evaluate([true, false, true], 2, 'missing', 'OK')).toBe('ALARM');
    expect(evaluate([true, false, false], 2, 'missing', 'OK')).toBe('OK');
    expect(evaluate([undefined, undefined], 1, 'missing', 'INSUFFICIENT_DATA')).toBe('INSUFFICIENT_DATA');
    expect(evaluate([undefined, true], 2, 'breaching', 'OK')).toBe('ALARM');
    expect(publishingIntervalSeconds(1, false)).toBe(1);
    expect(publishingIntervalSeconds(60, true)).toBe(300);
  });

  it('time to alarm grows with the period and with the datapoints it needs', () => {
    const queue = { kind: 'AWS::SQS::Queue' };
    const fast = simulate(alarmOn(queue, { Period: 60, EvaluationPeriods: 1 }), breach(600, 600)).reports!.backlog!.values!;
    expect(fast.timeToAlarmMs).toBe(60_000);
    const slow = simulate(alarmOn(queue, { Period: 300, EvaluationPeriods: 2, DatapointsToAlarm: 2 }), breach(600, 900)).reports!.backlog!.values!;
    expect(slow.timeToAlarmMs).toBe(600_000);
    const highResolution = simulate(alarmOn(queue, { Period: 10 }, 1), breach(600, 600)).reports!.backlog!.values!;
    expect(highResolution.timeToAlarmMs).toBe(10_000);
    expect(highResolution.publishSeconds).toBe(1);
  });

  it('short spikes flap a 1-of-1 alarm; 3 of 3 ignores them', () => {
    const spikes = breach(300, 60, [
      { type: 'metric-breach', node: 'backlog', atSeconds: 600, durationSeconds: 60 },
      { type: 'metric-breach', node: 'backlog', atSeconds: 900, durationSeconds: 60 },
    ]);
    const queue = { kind: 'AWS::SQS::Queue' };
    const twitchy = simulate(alarmOn(queue, { Period: 60, EvaluationPeriods: 1 }), spikes).reports!.backlog!.values!;
    expect(twitchy.alarms).toBe(3);
    expect(twitchy.transitions).toBe(6);
    const calm = simulate(alarmOn(queue, { Period: 60, EvaluationPeriods: 3, DatapointsToAlarm: 3 }), spikes).reports!.backlog!.values!;
    expect(calm.alarms).toBe(0);
  });

  it('an alarm on an EC2 metric with a 1-minute period waits for basic monitoring’s 5-minute points', () => {
    const basic = simulate(alarmOn({ kind: 'AWS::EC2::Instance' }, { Period: 60 }), breach(630, 900)).reports!.backlog!.values!;
    const detailed = simulate(alarmOn({ kind: 'AWS::EC2::Instance', config: { Monitoring: true } }, { Period: 60 }), breach(630, 900)).reports!.backlog!.values!;
    expect(detailed.timeToAlarmMs).toBeLessThan(basic.timeToAlarmMs!);
    expect(basic.timeToAlarmMs).toBeGreaterThanOrEqual(270_000);
  });
});
