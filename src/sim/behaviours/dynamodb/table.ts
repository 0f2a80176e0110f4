import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { objectSetting, stringSetting } from '../../core/config.ts';
import { type DataAnswer, type DataRequest, dataAnswer, type Table } from '../../core/data.ts';
import { markProcessed, type SimMessage } from '../../core/message.ts';
import {
  DYNAMODB_PER_MILLION_READ_REQUEST_UNITS,
  DYNAMODB_PER_MILLION_WRITE_REQUEST_UNITS,
  DYNAMODB_PER_RCU_HOUR,
  DYNAMODB_PER_WCU_HOUR,
  HOURS_PER_MONTH,
  perMonth,
} from '../../core/prices.ts';
import type { Reply, Work } from '../../core/work.ts';
import { tableStreamReaders } from '../../core/work-edges.ts';
import type { SimWorld } from '../../core/world.ts';
import { ShardReader } from '../streams/shard-reader.ts';
import { type CapacityBank, capacityExceeded, consume, createBank } from './capacity.ts';
import { readUnits, writeUnits } from './units.ts';

/** GetItem / PutItem round trips: single-digit milliseconds. */
const READ_MS = { min: 2, max: 6 };
const WRITE_MS = { min: 3, max: 8 };
const THROTTLED_MS = { min: 1, max: 3 };
const THROTTLED = { throttled: true, reason: 'ProvisionedThroughputExceededException' };

/**
 * A DynamoDB table: read and write capacity units, throttling above provisioned capacity with
 * burst capacity, on-demand mode, and DynamoDB Streams feeding Lambda.
 */
export class DynamoDbTable implements Behaviour, Table {
  readonly id: string;
  private readonly onDemand: boolean;
  private readonly readCapacity: CapacityBank | undefined;
  private readonly writeCapacity: CapacityBank | undefined;
  /** When each item (by slot) was last written. */
  private readonly lastWrite: number[] = [];
  private readonly stream: ShardReader | undefined;
  private readUnitsUsed = 0;
  private writeUnitsUsed = 0;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    this.id = node.id;
    const config = world.config(node);
    this.onDemand = stringSetting(config, 'BillingMode', 'PROVISIONED') === 'PAY_PER_REQUEST';
    if (!this.onDemand) {
      const throughput = objectSetting(config, 'ProvisionedThroughput');
      const rcu = typeof throughput.ReadCapacityUnits === 'number' ? throughput.ReadCapacityUnits : 5;
      const wcu = typeof throughput.WriteCapacityUnits === 'number' ? throughput.WriteCapacityUnits : 5;
      this.readCapacity = createBank(rcu);
      this.writeCapacity = createBank(wcu);
    }
    const streamConsumers = tableStreamReaders(world.design, node.id);
    const streamOn = Object.keys(objectSetting(config, 'StreamSpecification')).length > 0;
    // Stream records are kept 24 hours; a table stream has about one shard per partition (one here).
    this.stream = streamOn && streamConsumers.length > 0 ? new ShardReader(world, node.id, { shards: 1, retentionMs: 24 * 3_600_000, consumers: streamConsumers }) : undefined;
  }

  get streamsChanges(): boolean {
    return this.stream !== undefined;
  }

  start(): void {
    this.stream?.start();
  }

  latestWrite(slot: number): number {
    return this.lastWrite[slot] ?? Number.NEGATIVE_INFINITY;
  }

  read(request: DataRequest): DataAnswer {
    const world = this.world;
    const units = readUnits(request.bytes, request.consistent, request.transactional);
    const load = world.load(this.id);
    load.received++;
    if (this.readCapacity && capacityExceeded(this.readCapacity, units, request.at)) return this.throttled(request, 'read', units);
    if (this.readCapacity) consume(this.readCapacity, units);
    this.readUnitsUsed += units;
    load.processed++;
    return dataAnswer(true, request.at + world.random.draw(READ_MS), this.latestWrite(request.slot), this.id);
  }

  write(request: DataRequest): DataAnswer {
    const world = this.world;
    const units = writeUnits(request.bytes, request.transactional);
    const load = world.load(this.id);
    load.received++;
    if (this.writeCapacity && capacityExceeded(this.writeCapacity, units, request.at)) return this.throttled(request, 'write', units);
    if (this.writeCapacity) consume(this.writeCapacity, units);
    this.writeUnitsUsed += units;
    load.processed++;
    const doneAt = request.at + world.random.draw(WRITE_MS);
    while (this.lastWrite.length <= request.slot) this.lastWrite.push(Number.NEGATIVE_INFINITY);
    this.lastWrite[request.slot] = request.at;
    if (this.stream && request.message) this.stream.put(request.message, request.key, doneAt);
    return dataAnswer(true, doneAt, request.at, this.id);
  }

  private throttled(request: DataRequest, what: 'read' | 'write', units: number): DataAnswer {
    const world = this.world;
    world.counters.throttles++;
    world.load(this.id).throttled++;
    const bank = what === 'read' ? this.readCapacity! : this.writeCapacity!;
    world.log(request.at, this.id, 'provisionedThroughputExceeded', request.message, `${what} of ${units} units over ${bank.rate} provisioned and the burst capacity left`);
    return dataAnswer(false, request.at + world.random.draw(THROTTLED_MS), Number.NEGATIVE_INFINITY, this.id, THROTTLED);
  }

  /** A message sent straight to the table (not through an application) is written as an item. */
  receive(work: Work, reply: Reply): void {
    let last: DataAnswer | undefined;
    for (const message of work.messages) {
      last = message.operation === 'read' ? this.read(this.request(message, work)) : this.write(this.request(message, work));
      if (last.ok && message.operation === 'send') markProcessed(message, last.doneAt, this.id);
    }
    reply(last ? { ok: last.ok, doneAt: last.doneAt, throttled: last.throttled, reason: last.reason, answeredBy: this.id } : { ok: true, doneAt: work.at });
  }

  private request(message: SimMessage, work: Work): DataRequest {
    const edgeConfig = work.edge ? this.world.edgeConfig(work.edge) : {};
    const key = message.key ?? message.record.id;
    return { at: work.at, key, slot: this.world.slotOf(key), bytes: message.bytes, consistent: edgeConfig.consistentRead === true, transactional: edgeConfig.transactional === true, from: work.from, message };
  }

  monthlyCostUsd(runMs: number): number {
    if (this.onDemand) {
      return (perMonth(this.readUnitsUsed, runMs) / 1e6) * DYNAMODB_PER_MILLION_READ_REQUEST_UNITS + (perMonth(this.writeUnitsUsed, runMs) / 1e6) * DYNAMODB_PER_MILLION_WRITE_REQUEST_UNITS;
    }
    return (this.readCapacity!.rate * DYNAMODB_PER_RCU_HOUR + this.writeCapacity!.rate * DYNAMODB_PER_WCU_HOUR) * HOURS_PER_MONTH;
  }

  finish(): void {
    this.stream?.finish();
  }
}

