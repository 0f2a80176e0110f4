import { describe, expect, it } from 'vitest';
import { loadDesignValue } from '../../../src/design/load.ts';
import { DESIGN_FORMAT, type Design } from '../../../src/design/schema.ts';
import { RULES } from '../../../src/rules/index.ts';
import { runRules } from '../../../src/rules/run.ts';

function design(nodes: unknown[], edges: unknown[]): Design {
  const loaded = loadDesignValue({ format: DESIGN_FORMAT, nodes, edges });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path} ${p.message}`).join('; '));
  return loaded.value;
}

const connectionFindings = (d: Design) => runRules(d, RULES).filter((finding) => finding.rule === 'design/connection-not-offered');

describe('messaging connections AWS offers are accepted by the catalog', () => {
  it.each([
    [
      'the README orders pipeline',
      design(
        [
          { id: 'web', kind: 'Actor::Client' },
          { id: 'orders', kind: 'AWS::SQS::Queue', config: { FifoQueue: true, ContentBasedDeduplication: true } },
          { id: 'orders-dlq', kind: 'AWS::SQS::Queue', config: { FifoQueue: true } },
          { id: 'fulfil', kind: 'AWS::Lambda::Function' },
        ],
        [
          { from: 'web', to: 'orders', config: { messageGroupId: 'customerId' } },
          { from: 'orders', to: 'fulfil', config: { BatchSize: 10 } },
          { from: 'orders', to: 'orders-dlq', role: 'dead-letter', config: { maxReceiveCount: 5 } },
        ],
      ),
    ],
    [
      'SNS fan-out to a queue, a function, an email address and Firehose',
      design(
        [
          { id: 'app', kind: 'AWS::Lambda::Function' },
          { id: 'events', kind: 'AWS::SNS::Topic' },
          { id: 'billing', kind: 'AWS::SQS::Queue' },
          { id: 'audit', kind: 'AWS::Lambda::Function' },
          { id: 'ops', kind: 'Actor::Client' },
          { id: 'archive', kind: 'AWS::KinesisFirehose::DeliveryStream' },
          { id: 'alarm', kind: 'AWS::CloudWatch::Alarm' },
        ],
        [
          { from: 'app', to: 'events' },
          { from: 'alarm', to: 'events' },
          { from: 'events', to: 'billing', config: { RawMessageDelivery: true } },
          { from: 'events', to: 'audit' },
          { from: 'events', to: 'ops', config: { protocol: 'email' } },
          { from: 'events', to: 'archive' },
        ],
      ),
    ],
    [
      'a clickstream read by Lambda, a Flink application and Firehose',
      design(
        [
          { id: 'web', kind: 'Actor::Client' },
          { id: 'clicks', kind: 'AWS::Kinesis::Stream', config: { ShardCount: 2 } },
          { id: 'sessions', kind: 'AWS::Lambda::Function' },
          { id: 'failed', kind: 'AWS::SQS::Queue' },
          { id: 'top-pages', kind: 'AWS::KinesisAnalyticsV2::Application' },
          { id: 'archive', kind: 'AWS::KinesisFirehose::DeliveryStream', config: { DeliveryStreamType: 'KinesisStreamAsSource' } },
          { id: 'onprem', kind: 'Actor::Client' },
        ],
        [
          { from: 'web', to: 'clicks', config: { partitionKey: 'userId' } },
          { from: 'clicks', to: 'sessions', config: { MaximumRetryAttempts: 3 } },
          { from: 'sessions', to: 'failed', role: 'on-failure' },
          { from: 'clicks', to: 'top-pages' },
          { from: 'clicks', to: 'archive' },
          { from: 'clicks', to: 'onprem', config: { enhancedFanOut: true } },
        ],
      ),
    ],
    [
      'SES reporting feedback to SNS, sent to by an application',
      design(
        [
          { id: 'app', kind: 'AWS::ECS::Service' },
          { id: 'mail', kind: 'AWS::SES::EmailIdentity', config: { EmailIdentity: 'example.com' } },
          { id: 'feedback', kind: 'AWS::SNS::Topic' },
          { id: 'feedback-q', kind: 'AWS::SQS::Queue' },
        ],
        [
          { from: 'app', to: 'mail' },
          { from: 'mail', to: 'feedback', config: { notificationTypes: ['Bounce', 'Complaint'] } },
          { from: 'feedback', to: 'feedback-q' },
        ],
      ),
    ],
  ])('%s', (_name, d) => {
    expect(connectionFindings(d).map((finding) => finding.message)).toEqual([]);
  });
});

describe('connections AWS does not offer are explained once, by the dedicated rule', () => {
  it.each([
    ['AWS::SNS::Topic', 'AWS::SES::EmailIdentity', 'sns/ses-is-not-a-subscriber'],
    ['AWS::KinesisFirehose::DeliveryStream', 'AWS::ElastiCache::CacheCluster', 'firehose/elasticache-cluster-not-a-destination'],
    ['AWS::KinesisFirehose::DeliveryStream', 'AWS::ElastiCache::ReplicationGroup', 'firehose/elasticache-replication-group-not-a-destination'],
  ])('%s -> %s', (fromKind, toKind, rule) => {
    const d = design(
      [
        { id: 'a', kind: fromKind },
        { id: 'b', kind: toKind },
      ],
      [{ id: 'wrong', from: 'a', to: 'b' }],
    );
    const aboutEdge = runRules(d, RULES).filter((finding) => finding.edges.includes('wrong'));
    expect(aboutEdge.map((finding) => finding.rule)).toEqual([rule]);
  });

  it('an edge SQS does not offer still gets the generic explanation', () => {
    const d = design(
      [
        { id: 'q', kind: 'AWS::SQS::Queue' },
        { id: 'mail', kind: 'AWS::SES::EmailIdentity', config: { EmailIdentity: 'example.com' } },
      ],
      [{ from: 'q', to: 'mail' }],
    );
    expect(connectionFindings(d).map((finding) => finding.edges)).toEqual([['q->mail']]);
  });
});
