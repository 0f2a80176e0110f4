import type { DesignEdge, DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { booleanSetting, numberSetting, objectSetting, stringSetting } from '../../core/config.ts';
import { type SimMessage, settle } from '../../core/message.ts';
import { HOURS_PER_MONTH, KINESIS_EFO_CONSUMER_SHARD_HOUR, KINESIS_PER_MILLION_PUT_PAYLOAD_UNITS, KINESIS_PUT_PAYLOAD_UNIT_BYTES, KINESIS_SHARD_HOUR, perMonth } from '../../core/prices.ts';
import type { Answer, Reply, Work } from '../../core/work.ts';
import { streamReaders } from '../../core/work-edges.ts';
import type { SimWorld } from '../../core/world.ts';
import { ShardReader } from '../streams/shard-reader.ts';
import { shardWriteExceeded, type ShardWriteWindow } from './shard-limits.ts';

const PUT_MS = { min: 10, max: 30 };
/** On-demand streams start with 4 shards' worth of capacity and scale with the traffic (not throttled here). */
const ON_DEMAND_SHARDS = 4;

/**
 * A Kinesis data stream: records hash by partition key to shards; each shard takes 1,000 records/s
 * or 1 MB/s (ProvisionedThroughputExceeded beyond) and keeps order within itself only.
 */
export class KinesisStream implements Behaviour {
  private readonly onDemand: boolean;
  private readonly shards: number;
  private readonly reader: ShardReader;
  private readonly windows: ShardWriteWindow[];
  private putUnits = 0;
  private readonly enhancedFanOutConsumers: number;
  /** Per producer edge: how it picks partition keys (read once, used per record). */
  private readonly partitioning = new Map<DesignEdge | undefined, { type: string; key: string }>();
  /** "shard N" trace details, built once per shard. */
  private readonly shardLabels: string[];

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    const config = world.config(node);
    this.onDemand = stringSetting(objectSetting(config, 'StreamModeDetails'), 'StreamMode', 'PROVISIONED') === 'ON_DEMAND';
    this.shards = this.onDemand ? ON_DEMAND_SHARDS : Math.max(1, numberSetting(config, 'ShardCount', 1));
    // Only readers take records: an alarm on the stream's metric or its encryption key reads nothing.
    const consumers = streamReaders(world.design, node.id);
    this.enhancedFanOutConsumers = consumers.filter((edge) => booleanSetting(world.edgeConfig(edge), 'enhancedFanOut', false)).length;
    this.reader = new ShardReader(world, node.id, { shards: this.shards, retentionMs: numberSetting(config, 'RetentionPeriodHours', 24) * 3_600_000, consumers });
    this.windows = Array.from({ length: this.shards }, () => ({ second: -1, records: 0, bytes: 0 }));
    this.shardLabels = Array.from({ length: this.shards }, (_, shard) => `shard ${shard}`);
  }

  start(): void {
    this.reader.start();
  }

  receive(work: Work, reply: Reply): void {
    let answer: Answer = { ok: true, doneAt: work.at, answeredBy: this.node.id };
    for (const message of work.messages) answer = this.putRecord(message, work);
    reply(answer);
  }

  /** PutRecord: the partition key picks the shard; a shard over its write limit rejects the record. */
  private putRecord(message: SimMessage, work: Work): Answer {
    const world = this.world;
    const doneAt = work.at + world.random.draw(PUT_MS);
    const partitionKey = this.partitionKey(message, work);
    this.putUnits += Math.max(1, Math.ceil(message.bytes / KINESIS_PUT_PAYLOAD_UNIT_BYTES));
    const shard = this.reader.shardFor(partitionKey);
    if (!this.onDemand && shardWriteExceeded(this.windows[shard]!, message.bytes, work.at)) {
      world.counters.throttles++;
      world.load(this.node.id).throttled++;
      world.log(work.at, this.node.id, 'provisionedThroughputExceeded', message, `shard ${shard} over 1,000 records/s or 1 MB/s (partition key ${partitionKey})`, work.edge);
      settle(message, 'throttled', { endedAt: this.node.id, reason: `ProvisionedThroughputExceededException on shard ${shard}` });
      return { ok: false, throttled: true, doneAt, reason: 'ProvisionedThroughputExceededException', answeredBy: this.node.id };
    }
    world.load(this.node.id).processed++;
    if (world.trace.wantsRoutine) world.log(work.at, this.node.id, 'recordPut', message, this.shardLabels[shard], work.edge);
    this.reader.put(message, partitionKey, doneAt, shard);
    return { ok: true, doneAt, answeredBy: this.node.id };
  }

  private partitionKey(message: SimMessage, work: Work): string {
    let partitioning = this.partitioning.get(work.edge);
    if (partitioning === undefined) {
      const config = work.edge ? this.world.edgeConfig(work.edge) : {};
      partitioning = { type: stringSetting(config, 'partitionKeyType', 'attribute'), key: stringSetting(config, 'partitionKey', '') };
      this.partitioning.set(work.edge, partitioning);
    }
    const { type, key } = partitioning;
    if (type === 'constant') return key;
    if (type === 'random') return `r${this.world.random.index(1 << 30)}`;
    return message.attributes[key] ?? message.key ?? message.record.id;
  }

  finish(): void {
    this.reader.finish();
  }

  monthlyCostUsd(runMs: number): number {
    const shardHours = this.shards * HOURS_PER_MONTH * (KINESIS_SHARD_HOUR + this.enhancedFanOutConsumers * KINESIS_EFO_CONSUMER_SHARD_HOUR);
    return shardHours + (perMonth(this.putUnits, runMs) / 1e6) * KINESIS_PER_MILLION_PUT_PAYLOAD_UNITS;
  }
}
