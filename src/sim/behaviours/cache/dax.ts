import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour, FailureCause } from '../../core/behaviour.ts';
import { numberSetting, stringSetting } from '../../core/config.ts';
import { type Cache, type CachePolicy, type DataAnswer, type DataRequest, type DataStore, dataAnswer, isDataStore } from '../../core/data.ts';
import { TABLE_KINDS } from '../../core/kinds.ts';
import { DAX_DEFAULT_NODE_HOUR, DAX_NODE_HOUR, HOURS_PER_MONTH } from '../../core/prices.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import { applyCacheNodeEvent, type CacheNodeContext } from './cache-node.ts';
import { ItemCache } from './item-cache.ts';

/** A DAX item-cache hit answers in microseconds (~0.2 ms round trip); DAX adds a little to what it passes on. */
const HIT_MS = { min: 0.1, max: 0.3 };
const PASS_THROUGH_MS = { min: 0.3, max: 0.8 };
/** With replicas a failed node's role moves to another node within seconds; a single node is replaced. */
const FAILOVER_MS = { min: 2_000, max: 10_000 };
const REPLACEMENT_MS = { min: 60_000, max: 120_000 };

/**
 * DAX: an item cache for eventually consistent reads in front of a table; strongly consistent
 * reads pass through uncached; writes go through to the table and update the cache.
 */
export class DaxCluster implements Behaviour, Cache, DataStore {
  readonly id: string;
  private readonly items = new ItemCache();
  private readonly ttlMs: number;
  private readonly replicationFactor: number;
  private readonly cluster: CacheNodeContext;
  private table: DataStore | undefined;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    this.id = node.id;
    const config = world.config(node);
    this.ttlMs = numberSetting(config, 'recordTtlMillis', 300_000);
    this.replicationFactor = Math.max(1, numberSetting(config, 'ReplicationFactor', 3));
    this.cluster = { state: 'up', canFailOver: this.replicationFactor >= 2 };
  }

  start(): void {
    const edge = this.world.design.edgesFrom(this.id, { role: 'none' }).find((candidate) => TABLE_KINDS.includes(this.world.design.kindOf(candidate.to) ?? ''));
    const behaviour = edge ? this.world.behaviours.get(edge.to) : undefined;
    this.table = isDataStore(behaviour) ? behaviour : undefined;
  }

  cacheRead(request: DataRequest, backing: DataStore | undefined, policy: CachePolicy): DataAnswer {
    request.consistent = request.consistent || policy.consistent;
    return this.readItem(request, backing);
  }

  cacheWrite(request: DataRequest, backing: DataStore | undefined): DataAnswer {
    return this.write(request, backing);
  }

  read(request: DataRequest): DataAnswer {
    return this.readItem(request, undefined);
  }

  private readItem(request: DataRequest, backing: DataStore | undefined): DataAnswer {
    const world = this.world;
    const load = world.load(this.id);
    load.received++;
    const table = this.table ?? (backing === this ? undefined : backing);
    if (this.cluster.state === 'replacing') return this.unavailable(request);
    if (request.consistent) {
      // Strongly consistent reads are passed to the table and never cached.
      this.items.misses++;
      return this.passToTable(request, table);
    }
    const item = this.items.lookup(request.slot, request.at, this.ttlMs);
    if (item) {
      load.processed++;
      return dataAnswer(true, request.at + world.random.draw(HIT_MS), item.writtenAt, this.id);
    }
    const answer = this.passToTable(request, table);
    // Cached as of the table read (request.at is now the table call's time).
    if (answer.ok) this.items.store(request.slot, answer.writtenAt, request.at);
    return answer;
  }

  write(request: DataRequest, backing?: DataStore): DataAnswer {
    const table = this.table ?? (backing === this ? undefined : backing);
    if (this.cluster.state === 'replacing') return this.unavailable(request);
    const answer = this.passToTable(request, table, true);
    // Write-through: DAX updates its item cache with what it wrote.
    if (answer.ok) this.items.store(request.slot, request.at, answer.doneAt);
    return answer;
  }

  private passToTable(request: DataRequest, table: DataStore | undefined, write = false): DataAnswer {
    const at = request.at + this.world.random.draw(PASS_THROUGH_MS);
    if (!table) return dataAnswer(false, at, Number.NEGATIVE_INFINITY, this.id, { reason: `${this.id} has no DynamoDB table behind it` });
    request.at = at;
    return write ? table.write(request) : table.read(request);
  }

  private unavailable(request: DataRequest): DataAnswer {
    return dataAnswer(false, request.at + 1, Number.NEGATIVE_INFINITY, this.id, { reason: `${this.id} has no node up (ReplicationFactor ${this.replicationFactor})` });
  }

  receive(work: Work, reply: Reply): void {
    reply({ ok: true, doneAt: work.at, answeredBy: this.id });
  }

  fail(cause: FailureCause, az: string): void {
    const world = this.world;
    // Nodes spread over zones a, b, c; an AZ failure takes the nodes there.
    const lost = cause === 'node' ? 1 : Math.ceil(this.replicationFactor / 3) * (az === 'a' || az === 'b' || az === 'c' ? 1 : 0);
    if (lost === 0 || this.cluster.state !== 'up') return;
    const survivors = this.replicationFactor - Math.min(lost, this.replicationFactor);
    const canFailOver = this.cluster.canFailOver;
    this.cluster.canFailOver = survivors > 0;
    const state = applyCacheNodeEvent(this.cluster, { type: 'nodeFailed' });
    this.cluster.canFailOver = canFailOver;
    if (state === 'failingOver') {
      world.log(world.now, this.id, 'failoverStarted', undefined, `${survivors} of ${this.replicationFactor} nodes keep serving; the item cache is kept`);
      world.after(world.random.draw(FAILOVER_MS), () => {
        applyCacheNodeEvent(this.cluster, { type: 'failoverCompleted' });
        world.log(world.now, this.id, 'failoverCompleted');
      });
      return;
    }
    world.log(world.now, this.id, 'cacheLost', undefined, `the only node failed: ${this.items.size} cached items lost, requests fail until it is replaced`);
    this.items.clear();
    world.after(world.random.draw(REPLACEMENT_MS), () => this.recover());
  }

  recover(): void {
    if (this.cluster.state !== 'replacing') return;
    applyCacheNodeEvent(this.cluster, { type: 'nodeReplaced' });
    this.world.log(this.world.now, this.id, 'nodeReplaced', undefined, 'a new, empty node serves again');
  }

  finish(): void {
    this.world.load(this.id).cache = { hits: this.items.hits, misses: this.items.misses, items: this.items.size, neverRead: this.items.neverRead };
  }

  monthlyCostUsd(): number {
    const nodeType = stringSetting(this.world.config(this.node), 'NodeType', '');
    return this.replicationFactor * (DAX_NODE_HOUR[nodeType] ?? DAX_DEFAULT_NODE_HOUR) * HOURS_PER_MONTH;
  }
}
