import { describe, expect, it } from 'vitest';
import type { Design } from '../../src/design/schema.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { SimulationSettings } from '../../src/sim/types.ts';
import { design, judgeOne } from './helpers.ts';

/** A Beanstalk environment of 4 instances deployed at 60 s under 20 requests/s. */
function environment(config: Record<string, unknown>): Design {
  return design(
    [
      { id: 'users', kind: 'Actor::Client' },
      { id: 'web', kind: 'AWS::ElasticBeanstalk::Environment', config: { minSize: 4, ...config } },
    ],
    [{ from: 'users', to: 'web' }],
  );
}

function deployed(subject: Design, failing = false) {
  return simulate(subject, SimulationSettings.parse({ drainSeconds: 0, traffic: [{ id: 'web', ratePerSecond: 20, durationSeconds: 900, processingMs: 5 }], faults: [{ type: 'deploy', node: 'web', atSeconds: 60, failing }] }));
}

describe('downtime', () => {
  const requirement = { id: 'no-downtime', label: 'Deploy without downtime', type: 'downtime', atMostSeconds: 0 };

  it('fails all at once with the seconds nobody was served, and passes rolling', () => {
    const allAtOnce = environment({ deploymentPolicy: 'AllAtOnce' });
    const result = judgeOne(requirement, allAtOnce, deployed(allAtOnce));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^web answered nothing for \d+(\.\d+)? s during deploying AllAtOnce/);
    expect(result.fix).toMatch(/Rolling/);
    expect(result.nodes).toEqual(['web']);
    expect(result.trace?.some((entry) => entry.event === 'batchOutOfService')).toBe(true);
    const rolling = environment({ deploymentPolicy: 'Rolling', batchSize: 25 });
    expect(judgeOne(requirement, rolling, deployed(rolling)).passed).toBe(true);
  });

  it('judges a database failover against the bound', () => {
    const subject = design(
      [
        { id: 'users', kind: 'Actor::Client' },
        { id: 'app', kind: 'AWS::EC2::Instance' },
        { id: 'db', kind: 'AWS::RDS::DBInstance', config: { MultiAZ: true } },
      ],
      [
        { from: 'users', to: 'app' },
        { from: 'app', to: 'db' },
      ],
    );
    const run = simulate(subject, SimulationSettings.parse({ traffic: [{ id: 'w', operation: 'write', ratePerSecond: 5, durationSeconds: 300, keyAttribute: 'id', attributes: { id: { keys: 5 } } }], faults: [{ type: 'node-failure', node: 'db', atSeconds: 10 }] }));
    expect(judgeOne({ ...requirement, atMostSeconds: 130 }, subject, run).passed).toBe(true);
    const strict = judgeOne({ ...requirement, atMostSeconds: 30 }, subject, run);
    expect(strict.passed).toBe(false);
    expect(strict.why).toMatch(/Multi-AZ standby takes over in 60–120 s/);
  });

  it('cannot pass without anything that reports it', () => {
    const subject = design([{ id: 'users', kind: 'Actor::Client' }, { id: 'app', kind: 'AWS::EC2::Instance' }], [{ from: 'users', to: 'app' }]);
    const run = simulate(subject, SimulationSettings.parse({ traffic: [{ id: 'w', ratePerSecond: 1, durationSeconds: 5 }] }));
    const result = judgeOne(requirement, subject, run);
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/No downtime was measured/);
  });
});

describe('min-capacity and deployment', () => {
  it('rolling halves capacity; rolling with an additional batch keeps it', () => {
    const requirement = { id: 'capacity', label: 'Keep full capacity', type: 'min-capacity', atLeastShare: 1 };
    const rolling = environment({ deploymentPolicy: 'Rolling', batchSize: 50 });
    const result = judgeOne(requirement, rolling, deployed(rolling));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/web was down to 2 of 4 instances in service \(50%\) during the Rolling deployment/);
    const extra = environment({ deploymentPolicy: 'RollingWithAdditionalBatch', batchSize: 50 });
    expect(judgeOne(requirement, extra, deployed(extra)).passed).toBe(true);
  });

  it('a failing version must roll back on its own: immutable does, all at once does not', () => {
    const requirement = { id: 'rollback', label: 'Roll back by itself', type: 'deployment', outcome: 'rolled-back', atMostFailedRequests: 0 };
    const immutable = environment({ deploymentPolicy: 'Immutable' });
    expect(judgeOne(requirement, immutable, deployed(immutable, true)).passed).toBe(true);
    const allAtOnce = environment({ deploymentPolicy: 'AllAtOnce' });
    const result = judgeOne(requirement, allAtOnce, deployed(allAtOnce, true));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/ended failed; it must end rolled-back/);
    expect(result.message).toMatch(/failed [\d,]+ requests/);
  });

  it('limits extra instances and duration', () => {
    const immutable = environment({ deploymentPolicy: 'Immutable' });
    const run = deployed(immutable);
    expect(judgeOne({ id: 'cheap', label: 'No more than 2 extra', type: 'deployment', atMostExtraInstances: 2 }, immutable, run).passed).toBe(false);
    expect(judgeOne({ id: 'quick', label: 'Within 2 min', type: 'deployment', withinMinutes: 2 }, immutable, run).passed).toBe(false);
    expect(judgeOne({ id: 'slow-ok', label: 'Within 10 min', type: 'deployment', withinMinutes: 10 }, immutable, run).passed).toBe(true);
  });
});

describe('load balancer requirements', () => {
  const sticky = (stickySessions: boolean) =>
    design(
      [
        { id: 'users', kind: 'Actor::Client' },
        { id: 'front', kind: 'AWS::ElasticLoadBalancingV2::LoadBalancer', config: { stickySessions } },
        { id: 'a', kind: 'AWS::EC2::Instance' },
        { id: 'b', kind: 'AWS::EC2::Instance' },
      ],
      [
        { from: 'users', to: 'front' },
        { from: 'front', to: 'a', role: 'target' },
        { from: 'front', to: 'b', role: 'target' },
      ],
    );
  const traffic = SimulationSettings.parse({ traffic: [{ id: 'web', ratePerSecond: 20, durationSeconds: 20, attributes: { sessionId: { keys: 30 } } }], faults: [{ type: 'node-failure', node: 'a', atSeconds: 10 }] });

  it('sessions-lost fails sticky sessions pinned to a failed target', () => {
    const requirement = { id: 'sessions', label: 'Nobody signs in twice', type: 'sessions-lost', atMost: 0 };
    const result = judgeOne(requirement, sticky(true), simulate(sticky(true), traffic));
    expect(result.passed).toBe(false);
    expect(result.fix).toMatch(/ElastiCache or DynamoDB/);
    expect(judgeOne(requirement, sticky(false), simulate(sticky(false), traffic)).passed).toBe(true);
  });

  it('http-errors counts 503s when every target is gone', () => {
    const one = design(
      [
        { id: 'users', kind: 'Actor::Client' },
        { id: 'front', kind: 'AWS::ElasticLoadBalancingV2::LoadBalancer' },
        { id: 'a', kind: 'AWS::EC2::Instance' },
      ],
      [
        { from: 'users', to: 'front' },
        { from: 'front', to: 'a', role: 'target' },
      ],
    );
    const result = judgeOne({ id: 'errors', label: 'No 503', type: 'http-errors', status: 503, atMost: 0 }, one, simulate(one, traffic));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/with HTTP 503/);
    expect(result.why).toMatch(/no registered, healthy target/);
  });
});

describe('stale-reads', () => {
  it('counts reads served by a read replica before it applied the latest write', () => {
    const subject = (readFromReplica: boolean) =>
      design(
        [
          { id: 'users', kind: 'Actor::Client' },
          { id: 'app', kind: 'AWS::EC2::Instance' },
          { id: 'db', kind: 'AWS::RDS::DBInstance' },
          { id: 'replica', kind: 'AWS::RDS::DBInstance' },
        ],
        [
          { from: 'users', to: 'app' },
          { from: 'app', to: 'db', config: { operation: readFromReplica ? 'write' : 'read-write' } },
          { from: 'db', to: 'replica', role: 'replica' },
          ...(readFromReplica ? [{ from: 'app', to: 'replica', config: { operation: 'read' } }] : []),
        ],
      );
    const traffic = SimulationSettings.parse({
      traffic: [
        { id: 'w', operation: 'write', ratePerSecond: 20, durationSeconds: 30, keyAttribute: 'id', attributes: { id: { keys: 10 } } },
        { id: 'r', operation: 'read', ratePerSecond: 20, durationSeconds: 30, keyAttribute: 'id', attributes: { id: { keys: 10 } } },
      ],
    });
    const requirement = { id: 'fresh', label: 'Read your writes', type: 'stale-reads', atMost: 0 };
    const result = judgeOne(requirement, subject(true), simulate(subject(true), traffic));
    expect(result.passed).toBe(false);
    expect(result.nodes).toEqual(['replica']);
    expect(judgeOne(requirement, subject(false), simulate(subject(false), traffic)).passed).toBe(true);
  });
});

describe('alarm and reported-value', () => {
  const alarmDesign = (alarm: Record<string, unknown>) =>
    design(
      [
        { id: 'users', kind: 'Actor::Client' },
        { id: 'jobs', kind: 'AWS::SQS::Queue' },
        { id: 'backlog', kind: 'AWS::CloudWatch::Alarm', config: { Threshold: 100, ...alarm } },
      ],
      [
        { from: 'users', to: 'jobs' },
        { from: 'jobs', to: 'backlog' },
      ],
    );
  const breach = SimulationSettings.parse({ drainSeconds: 0, traffic: [{ id: 'jobs', ratePerSecond: 1, durationSeconds: 1_200 }], faults: [{ type: 'metric-breach', node: 'backlog', atSeconds: 300, durationSeconds: 600 }] });

  it('alarm: fires within the bound with a 1-minute period, not with 5-minute periods and 2 of 2', () => {
    const requirement = { id: 'alarm-fast', label: 'Alarm within 2 minutes', type: 'alarm', firesWithinSeconds: 120 };
    expect(judgeOne(requirement, alarmDesign({ Period: 60 }), simulate(alarmDesign({ Period: 60 }), breach)).passed).toBe(true);
    const slow = alarmDesign({ Period: 300, EvaluationPeriods: 2, DatapointsToAlarm: 2 });
    const result = judgeOne(requirement, slow, simulate(slow, breach));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/backlog went to ALARM 600 s after the breach began \(limit 120 s\)/);
    expect(result.why).toMatch(/DatapointsToAlarm/);
  });

  it('reported-value judges a number a kind reports, with its notes', () => {
    const subject = alarmDesign({ Period: 60 });
    const run = simulate(subject, breach);
    expect(judgeOne({ id: 'one-alarm', label: 'One alarm', type: 'reported-value', node: 'backlog', value: 'alarms', atMost: 1 }, subject, run).passed).toBe(true);
    const result = judgeOne({ id: 'none', label: 'No alarm', type: 'reported-value', kind: 'AWS::CloudWatch::Alarm', value: 'alarms', atMost: 0, meaning: 'The number of alarms' }, subject, run);
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^The number of alarms was 1 at backlog; it must be at most 0/);
    expect(result.source?.section).toBe('Cloudwatch');
    expect(judgeOne({ id: 'missing', label: 'Unknown', type: 'reported-value', value: 'nothing', atLeast: 1 }, subject, run).message).toMatch(/No "nothing" was measured/);
  });
});
