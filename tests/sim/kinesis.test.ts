import { describe, expect, it } from 'vitest';
import { shardFor } from '../../src/sim/behaviours/streams/shard.ts';
import { simulate } from '../../src/sim/simulate.ts';
import { design, settings } from './designs.ts';

function clickstream(partitionKey: Record<string, unknown>, consumerEdge: Record<string, unknown> = {}, extraNodes: Parameters<typeof design>[0] = [], extraEdges: Parameters<typeof design>[1] = []) {
  return design(
    [
      { id: 'devices', kind: 'Actor::Client' },
      { id: 'clicks', kind: 'AWS::Kinesis::Stream', config: { ShardCount: 4 } },
      { id: 'count', kind: 'AWS::Lambda::Function', config: { Timeout: 60 } },
      ...extraNodes,
    ],
    [{ from: 'devices', to: 'clicks', config: partitionKey }, { from: 'clicks', to: 'count', config: { BatchSize: 100, ...consumerEdge } }, ...extraEdges],
  );
}

const traffic = (rate: number, extra: Record<string, unknown> = {}, users = 1000) =>
  settings({ seed: 2, traffic: [{ id: 'clicks', ratePerSecond: rate, durationSeconds: 5, payloadBytes: 200, attributes: { userId: { keys: users, prefix: 'u' } }, processingMs: 1 }], ...extra });

describe('Kinesis Data Streams', () => {
  it('a constant partition key makes one hot shard that throttles; spread keys do not', () => {
    const hot = simulate(clickstream({ partitionKeyType: 'constant', partitionKey: 'all' }), traffic(2500));
    expect(hot.metrics.throttles).toBeGreaterThan(5000);
    expect(hot.messages.some((record) => record.outcome === 'throttled' && /ProvisionedThroughputExceeded/.test(record.reason ?? ''))).toBe(true);
    const spread = simulate(clickstream({ partitionKeyType: 'attribute', partitionKey: 'userId' }), traffic(2500));
    expect(spread.metrics.throttles).toBe(0);
    expect(spread.messages.every((record) => record.outcome === 'processed')).toBe(true);
  });

  it('hashes partition keys over the shards evenly', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardFor(`u${i}`, 4)]!++;
    for (const count of counts) expect(count).toBeGreaterThan(800);
  });

  it('keeps order within a partition key (one shard)', () => {
    const result = simulate(clickstream({ partitionKey: 'userId' }), traffic(200, { orderBy: 'userId' }));
    expect(result.metrics.outOfOrder).toBe(0);
  });

  it('a failing record blocks its shard until it expires; MaximumRetryAttempts with an on-failure destination unblocks it', () => {
    const poison = { faults: [{ type: 'poison-message', attribute: 'userId', value: 'u7' }], drainSeconds: 60 };
    const blocked = simulate(clickstream({ partitionKey: 'userId' }), traffic(50, poison, 20));
    const poisonShard = shardFor('u7', 4);
    const behind = blocked.messages.filter((record) => shardFor(record.attributes.userId!, 4) === poisonShard && record.processed.length === 0);
    expect(behind.length).toBeGreaterThan(20);
    expect(blocked.trace.some((entry) => entry.event === 'shardBlocked')).toBe(true);
    const otherShards = blocked.messages.filter((record) => shardFor(record.attributes.userId!, 4) !== poisonShard);
    expect(otherShards.every((record) => record.outcome === 'processed')).toBe(true);

    const unblocked = simulate(
      clickstream({ partitionKey: 'userId' }, { MaximumRetryAttempts: 2, BisectBatchOnFunctionError: true }, [{ id: 'bad-clicks', kind: 'AWS::SQS::Queue' }], [{ from: 'count', to: 'bad-clicks', role: 'on-failure' }]),
      traffic(50, poison, 20),
    );
    const poisoned = unblocked.messages.filter((record) => record.attributes.userId === 'u7');
    expect(poisoned.length).toBeGreaterThan(0);
    expect(poisoned.every((record) => record.outcome === 'dead-lettered' && record.endedAt === 'bad-clicks')).toBe(true);
    // Bisecting isolates the bad records: everything else on the shard is processed.
    expect(unblocked.messages.filter((record) => record.attributes.userId !== 'u7').every((record) => record.outcome === 'processed')).toBe(true);
  });

  it('Firehose buffers records and delivers them to S3 when the buffer interval elapses', () => {
    const result = simulate(
      design(
        [
          { id: 'devices', kind: 'Actor::Client' },
          { id: 'ingest', kind: 'AWS::KinesisFirehose::DeliveryStream', config: { BufferingHints: { IntervalInSeconds: 60, SizeInMBs: 5 } } },
          { id: 'lake', kind: 'AWS::S3::Bucket' },
        ],
        [
          { from: 'devices', to: 'ingest' },
          { from: 'ingest', to: 'lake' },
        ],
      ),
      traffic(20),
    );
    expect(result.messages.every((record) => record.processed[0]?.by === 'lake')).toBe(true);
    const first = result.messages[0]!;
    expect(first.processed[0]!.at - first.sentAt).toBeGreaterThanOrEqual(59_000);
  });
});
