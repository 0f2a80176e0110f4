import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour, FailureCause } from '../../core/behaviour.ts';
import { booleanSetting, numberSetting, stringSetting } from '../../core/config.ts';
import { type Cache, type CachePolicy, type DataAnswer, type DataRequest, type DataStore, dataAnswer } from '../../core/data.ts';
import { REPLICATION_GROUP } from '../../core/kinds.ts';
import { ELASTICACHE_DEFAULT_NODE_HOUR, ELASTICACHE_NODE_HOUR, HOURS_PER_MONTH } from '../../core/prices.ts';
import type { NodeLoad } from '../../types.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import { shardFor } from '../streams/shard.ts';
import { applyCacheNodeEvent, type CacheNodeContext, keepsData } from './cache-node.ts';
import { ItemCache } from './item-cache.ts';

/** Round trips to an in-memory node, in ms. */
const CACHE_GET_MS = { min: 0.3, max: 0.8 };
const CACHE_SET_MS = { min: 0.3, max: 0.8 };
/** A client notices a dead node quickly (connection refused) and goes to the database. */
const DEAD_NODE_MS = { min: 0.5, max: 1.5 };
/** Multi-AZ automatic failover promotes a replica in about 10–30 s. */
const FAILOVER_MS = { min: 10_000, max: 30_000 };
/** A failed node with no replica is replaced by a new, empty one. */
const REPLACEMENT_MS = { min: 30_000, max: 60_000 };

interface CacheNode extends CacheNodeContext {
  items: ItemCache;
  az: string;
}

/**
 * ElastiCache: a Memcached cluster spreads keys over nodes with no replication; a Redis/Valkey
 * replication group keeps replicas and, with automatic failover, survives a node or AZ failure.
 */
export class ElastiCacheCluster implements Behaviour, Cache {
  readonly id: string;
  private readonly nodes: CacheNode[];
  private readonly nodeHour: number;
  private readonly billedNodes: number;
  private readonly nodeBySlot: number[] = [];
  private readonly load: NodeLoad;
  /** Where each node's replica runs (undefined: no replica). */
  private readonly replicaAzs: Array<string | undefined>;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    this.id = node.id;
    this.load = world.load(node.id);
    const config = world.config(node);
    const nodeType = stringSetting(config, 'CacheNodeType', '');
    this.nodeHour = ELASTICACHE_NODE_HOUR[nodeType] ?? ELASTICACHE_DEFAULT_NODE_HOUR;
    if (node.kind === REPLICATION_GROUP) {
      const shards = Math.max(1, numberSetting(config, 'NumNodeGroups', 1));
      const replicas = Math.max(0, numberSetting(config, 'ReplicasPerNodeGroup', numberSetting(config, 'NumCacheClusters', 1) - 1));
      const failover = booleanSetting(config, 'AutomaticFailoverEnabled', false) && replicas > 0;
      const multiAz = booleanSetting(config, 'MultiAZEnabled', false) && failover;
      // Each shard's primary is in "a"; its replicas are in "b" with Multi-AZ, else beside it.
      this.nodes = Array.from({ length: shards }, () => ({ state: 'up' as const, canFailOver: failover, items: new ItemCache(), az: 'a' }));
      this.billedNodes = shards * (1 + replicas);
      this.replicaAzs = this.nodes.map(() => (multiAz ? 'b' : 'a'));
    } else {
      const count = Math.max(1, numberSetting(config, 'NumCacheNodes', 1));
      const crossAz = stringSetting(config, 'AZMode', 'single-az') === 'cross-az';
      this.nodes = Array.from({ length: count }, (_, index) => ({ state: 'up' as const, canFailOver: false, items: new ItemCache(), az: crossAz ? ['a', 'b', 'c'][index % 3]! : 'a' }));
      this.billedNodes = count;
      this.replicaAzs = this.nodes.map(() => undefined);
    }
  }

  /** Keys spread over the nodes by hash (computed once per key). */
  private nodeFor(request: DataRequest): CacheNode {
    if (this.nodes.length === 1) return this.nodes[0]!;
    let index = this.nodeBySlot[request.slot] ?? -1;
    if (index < 0) {
      index = shardFor(request.key, this.nodes.length);
      while (this.nodeBySlot.length <= request.slot) this.nodeBySlot.push(-1);
      this.nodeBySlot[request.slot] = index;
    }
    return this.nodes[index]!;
  }

  cacheRead(request: DataRequest, backing: DataStore | undefined, policy: CachePolicy): DataAnswer {
    const world = this.world;
    const node = this.nodeFor(request);
    const load = this.load;
    load.received++;
    if (node.state === 'replacing') {
      // The node is gone: the application reads the database and has nowhere to cache the value.
      node.items.misses++;
      return this.fromDatabase(request, backing, request.at + world.random.draw(DEAD_NODE_MS));
    }
    const item = node.items.lookup(request.slot, request.at, policy.ttlMs);
    const gotAt = request.at + world.random.draw(CACHE_GET_MS);
    if (item) {
      load.processed++;
      return dataAnswer(true, gotAt, item.writtenAt, this.id);
    }
    const answer = this.fromDatabase(request, backing, gotAt);
    if (!answer.ok) return answer;
    // Lazy loading: the miss fills the cache with what the database returned when it was read (request.at is now the database call's time).
    node.items.store(request.slot, answer.writtenAt, request.at);
    answer.doneAt += world.random.draw(CACHE_SET_MS);
    return answer;
  }

  private fromDatabase(request: DataRequest, backing: DataStore | undefined, at: number): DataAnswer {
    if (!backing) return dataAnswer(false, at, Number.NEGATIVE_INFINITY, this.id, { reason: `${this.id} has no database behind it to load a miss from` });
    request.at = at;
    return backing.read(request);
  }

  cacheWrite(request: DataRequest, _backing: DataStore | undefined, _policy: CachePolicy): DataAnswer {
    const world = this.world;
    const node = this.nodeFor(request);
    if (node.state !== 'up') return dataAnswer(true, request.at, request.at, this.id);
    node.items.store(request.slot, request.at, request.at);
    return dataAnswer(true, request.at + world.random.draw(CACHE_SET_MS), request.at, this.id);
  }

  receive(work: Work, reply: Reply): void {
    reply({ ok: true, doneAt: work.at, answeredBy: this.id });
  }

  fail(cause: FailureCause, az: string): void {
    const targets = cause === 'node' ? [this.nodes[0]!] : this.nodes.filter((node) => node.az === az);
    targets.forEach((node) => {
      const index = this.nodes.indexOf(node);
      // An AZ failure takes the replica too unless it runs in another zone.
      const replicaSurvives = node.canFailOver && (cause === 'node' || this.replicaAzs[index] !== az);
      this.failNode(node, replicaSurvives);
    });
  }

  private failNode(node: CacheNode, replicaSurvives: boolean): void {
    const world = this.world;
    if (node.state !== 'up') return;
    const canFailOver = node.canFailOver;
    node.canFailOver = replicaSurvives;
    const state = applyCacheNodeEvent(node, { type: 'nodeFailed' });
    node.canFailOver = canFailOver;
    if (state === 'failingOver') {
      const failoverMs = world.random.draw(FAILOVER_MS);
      world.log(world.now, this.id, 'failoverStarted', undefined, `promoting a replica (${Math.round(failoverMs / 1000)} s); its data is kept`);
      world.after(failoverMs, () => {
        applyCacheNodeEvent(node, { type: 'failoverCompleted' });
        world.log(world.now, this.id, 'failoverCompleted', undefined, 'the replica is the primary');
      });
      return;
    }
    if (!keepsData(state)) {
      world.log(world.now, this.id, 'cacheLost', undefined, `${node.items.size} cached items lost with the node; reads go to the database until it is replaced and warm`);
      node.items.clear();
    }
    world.after(world.random.draw(REPLACEMENT_MS), () => this.replaceNode(node));
  }

  private replaceNode(node: CacheNode): void {
    if (node.state !== 'replacing') return;
    applyCacheNodeEvent(node, { type: 'nodeReplaced' });
    this.world.log(this.world.now, this.id, 'nodeReplaced', undefined, 'a new, empty node joins; the cache warms again');
  }

  recover(): void {
    for (const node of this.nodes) this.replaceNode(node);
  }

  finish(): void {
    const load = this.world.load(this.id);
    load.cache = { hits: 0, misses: 0, items: 0, neverRead: 0 };
    for (const node of this.nodes) {
      load.cache.hits += node.items.hits;
      load.cache.misses += node.items.misses;
      load.cache.items += node.items.size;
      load.cache.neverRead += node.items.neverRead;
    }
  }

  monthlyCostUsd(): number {
    return this.billedNodes * this.nodeHour * HOURS_PER_MONTH;
  }
}
