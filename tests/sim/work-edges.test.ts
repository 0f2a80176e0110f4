import { describe, expect, it } from 'vitest';
import { allComponents } from '../../src/catalog/index.ts';
import {
  DELIVERY_DESTINATION_KINDS,
  LOAD_BALANCER_TARGET_KINDS,
  QUEUE_POLLER_KINDS,
  STREAM_READER_KINDS,
  TASK_RESOURCE_KINDS,
  TOPIC_SUBSCRIBER_KINDS,
} from '../../src/sim/core/work-edges.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { design, settings } from './designs.ts';

type Nodes = Parameters<typeof design>[0];
type Edges = Parameters<typeof design>[1];

/** Kinds that accept an edge without a role from `from`, with their verbs. */
function acceptedFrom(from: string): Array<{ kind: string; verb: string }> {
  return allComponents().flatMap((component) =>
    component.accepts.filter((acceptance) => acceptance.role === undefined && acceptance.from.includes(from)).map((acceptance) => ({ kind: component.kind, verb: acceptance.verb })),
  );
}

/** The list holds exactly the kinds whose acceptance from `from` reads as work. */
function expectListMatchesCatalog(from: string, list: readonly string[], isWork: RegExp, notTargets: readonly string[] = []) {
  const accepted = acceptedFrom(from).filter(({ kind }) => !notTargets.includes(kind));
  expect(accepted.length).toBeGreaterThan(0);
  for (const { kind, verb } of accepted) expect({ kind, verb, inList: list.includes(kind) }).toEqual({ kind, verb, inList: isWork.test(verb) });
}

const ALB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';

describe('which edges carry work, checked against the catalog', () => {
  it('load balancers send requests only to what a target group registers', () => {
    // The catalog lets load balancers call each other; only an ALB can be a target group's target (alb type).
    expectListMatchesCatalog(ALB, LOAD_BALANCER_TARGET_KINDS, /^(sends requests to|invokes)$/, ['AWS::ElasticLoadBalancing::LoadBalancer']);
    expectListMatchesCatalog('AWS::ElasticLoadBalancing::LoadBalancer', LOAD_BALANCER_TARGET_KINDS, /^sends requests to$/);
    expect(LOAD_BALANCER_TARGET_KINDS).not.toContain('AWS::CertificateManager::Certificate');
  });

  it('queues are received from only by pollers; streams read only by readers', () => {
    expectListMatchesCatalog('AWS::SQS::Queue', QUEUE_POLLER_KINDS, /^is polled/);
    expectListMatchesCatalog('AWS::Kinesis::Stream', STREAM_READER_KINDS, /^(reads records from|is read by)/);
    for (const list of [QUEUE_POLLER_KINDS, STREAM_READER_KINDS]) expect(list).not.toContain('AWS::CloudWatch::Alarm');
  });

  it('topics deliver only to subscriptions; Firehose only to destinations', () => {
    expectListMatchesCatalog('AWS::SNS::Topic', TOPIC_SUBSCRIBER_KINDS, /^(notifies|triggers|delivers messages to|puts records into)/);
    expectListMatchesCatalog('AWS::KinesisFirehose::DeliveryStream', DELIVERY_DESTINATION_KINDS, /^(delivers|loads records into)/);
  });

  it('Step Functions tasks call only service integrations, not logs, traces or alarms', () => {
    expectListMatchesCatalog('AWS::StepFunctions::StateMachine', TASK_RESOURCE_KINDS, /^(invokes|reads and writes|sends email|publishes messages|sends messages|starts executions)/);
  });
});

const web = settings({ seed: 3, traffic: [{ id: 'web', ratePerSecond: 10, durationSeconds: 10, processingMs: 5 }] });

describe('edges that carry no work', () => {
  it("a load balancer's certificate is not a target: every request reaches the instance", () => {
    const nodes: Nodes = [
      { id: 'users', kind: 'Actor::Client' },
      { id: 'front', kind: ALB, config: { listeners: [{ Protocol: 'HTTPS', Port: 443, certificate: 'cert' }] } },
      { id: 'cert', kind: 'AWS::CertificateManager::Certificate' },
      { id: 'app', kind: 'AWS::EC2::Instance' },
    ];
    const edges: Edges = [
      { from: 'users', to: 'front' },
      { from: 'front', to: 'cert' },
      { from: 'front', to: 'app', role: 'target' },
    ];
    const report = simulate(design(nodes, edges), web).reports!.front!.loadBalancer!;
    expect(report.byTarget).toEqual({ app: 100 });
  });

  it('a load balancer with only a certificate has no registered target: 503', () => {
    const nodes: Nodes = [
      { id: 'users', kind: 'Actor::Client' },
      { id: 'front', kind: ALB },
      { id: 'cert', kind: 'AWS::CertificateManager::Certificate' },
      { id: 'alarm', kind: 'AWS::CloudWatch::Alarm' },
    ];
    const result = simulate(design(nodes, [{ from: 'users', to: 'front' }, { from: 'front', to: 'cert' }, { from: 'front', to: 'alarm' }]), web);
    expect(result.reports!.front!.loadBalancer!.responses503).toBe(100);
    expect(result.messages.every((record) => record.outcome === 'failed' && /no registered targets/.test(record.reason ?? ''))).toBe(true);
  });

  it('an alarm on a queue is not a consumer: the function processes every message', () => {
    const nodes: Nodes = [
      { id: 'shop', kind: 'Actor::Client' },
      { id: 'orders', kind: 'AWS::SQS::Queue' },
      { id: 'backlog', kind: 'AWS::CloudWatch::Alarm', config: { MetricName: 'ApproximateAgeOfOldestMessage', Threshold: 60 } },
      { id: 'fulfil', kind: 'AWS::Lambda::Function' },
    ];
    const edges: Edges = [
      { from: 'shop', to: 'orders' },
      { from: 'orders', to: 'backlog' },
      { from: 'orders', to: 'fulfil' },
    ];
    const result = simulate(design(nodes, edges), web);
    expect(result.messages).toHaveLength(100);
    expect(result.messages.every((record) => record.outcome === 'processed' && record.processed.every((entry) => entry.by === 'fulfil'))).toBe(true);
    expect(result.trace.some((entry) => entry.node === 'orders' && entry.event === 'received' && entry.edge?.endsWith('backlog'))).toBe(false);
  });

  it('an alarm on a stream is not a reader: it neither takes records nor shares the shard read limit', () => {
    const nodes: Nodes = [
      { id: 'devices', kind: 'Actor::Client' },
      { id: 'clicks', kind: 'AWS::Kinesis::Stream', config: { ShardCount: 1 } },
      { id: 'count', kind: 'AWS::Lambda::Function' },
      { id: 'lag', kind: 'AWS::CloudWatch::Alarm', config: { MetricName: 'GetRecords.IteratorAgeMilliseconds' } },
    ];
    const edges: Edges = [
      { from: 'devices', to: 'clicks' },
      { from: 'clicks', to: 'count' },
    ];
    const plain = simulate(design(nodes, edges), web);
    const watched = simulate(design(nodes, [...edges, { from: 'clicks', to: 'lag' }]), web);
    expect(watched.messages.every((record) => record.outcome === 'processed' && record.processed.every((entry) => entry.by === 'count'))).toBe(true);
    // The same run: a second "reader" would halve the reads per second the function's poller gets.
    expect(watched.metrics.latencyMs).toEqual(plain.metrics.latencyMs);
    expect(watched.messages.map((record) => record.processed[0]?.at)).toEqual(plain.messages.map((record) => record.processed[0]?.at));
  });

  it('an alarm on a topic is not a subscription', () => {
    const nodes: Nodes = [
      { id: 'shop', kind: 'Actor::Client' },
      { id: 'events', kind: 'AWS::SNS::Topic' },
      { id: 'failures', kind: 'AWS::CloudWatch::Alarm' },
      { id: 'audit', kind: 'AWS::Lambda::Function' },
    ];
    const edges: Edges = [
      { from: 'shop', to: 'events' },
      { from: 'events', to: 'failures' },
      { from: 'events', to: 'audit' },
    ];
    const result = simulate(design(nodes, edges), web);
    expect(result.trace.some((entry) => entry.event === 'fannedOut' && entry.edge?.endsWith('failures'))).toBe(false);
    expect(result.messages.every((record) => record.processed.length === 1 && record.processed[0]!.by === 'audit')).toBe(true);
  });

  it("a workflow's log group and alarm are no steps: each execution runs one Task, the function", () => {
    const nodes: Nodes = [
      { id: 'web', kind: 'Actor::Client' },
      { id: 'flow', kind: 'AWS::StepFunctions::StateMachine', config: { expectedDurationSeconds: 1 } },
      { id: 'step', kind: 'AWS::Lambda::Function' },
      { id: 'flow-logs', kind: 'AWS::Logs::LogGroup' },
      { id: 'failures', kind: 'AWS::CloudWatch::Alarm' },
    ];
    const edges: Edges = [
      { from: 'web', to: 'flow' },
      { from: 'flow', to: 'step' },
      { from: 'flow', to: 'flow-logs' },
      { from: 'flow', to: 'failures' },
    ];
    const result = simulate(design(nodes, edges), web);
    const plain = simulate(design(nodes.slice(0, 3), edges.slice(0, 2)), web);
    expect(result.reports!.flow!.values!.transitions).toBe(plain.reports!.flow!.values!.transitions);
    expect(result.trace.some((entry) => entry.node === 'flow' && (entry.edge?.endsWith('flow-logs') || entry.edge?.endsWith('failures')))).toBe(false);
  });
});
