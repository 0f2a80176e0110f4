import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour, FailureCause } from '../../core/behaviour.ts';
import { booleanSetting, numberSetting } from '../../core/config.ts';
import { type DataAnswer, type DataRequest, dataAnswer, type Table } from '../../core/data.ts';
import { markProcessed } from '../../core/message.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import type { DatabaseReport, Fault, NodeReport } from '../../types.ts';
import { databaseMonthlyCostUsd } from './cost.ts';
import { type DatabaseFailover, type DatabaseState, failoverOf, stateAfterFailure } from './database-availability.ts';
import { type Connection, connectionFor, connectionsOf, DB_CLUSTER } from './endpoints.ts';
import { WriteLog } from './write-log.ts';

/** A query on the instance, and a write (a Multi-AZ write also commits on the standby, synchronously). */
const READ_MS = { min: 1, max: 4 };
const WRITE_MS = { min: 2, max: 6 };
const SYNCHRONOUS_STANDBY_MS = { min: 1, max: 3 };
/** A refused request comes back at once (connection refused, read-only error). */
const REFUSED_MS = { min: 0.5, max: 1.5 };
/** Replication lag: RDS read replicas (asynchronous, typically under a couple of seconds), Aurora Replicas (usually under 100 ms), Aurora global secondaries (under 1 s). */
export const READ_REPLICA_LAG_MS = { min: 200, max: 2_000 };
export const AURORA_REPLICA_LAG_MS = { min: 10, max: 100 };
export const GLOBAL_SECONDARY_LAG_MS = { min: 300, max: 1_000 };
/** Write forwarding from a secondary Region adds a cross-Region round trip. */
const WRITE_FORWARDING_MS = { min: 60, max: 120 };
/** Promoting a read replica to a standalone instance takes a few minutes. */
const PROMOTION_MS = { min: 120_000, max: 300_000 };

/**
 * RDS DB instances and Aurora clusters as tables for the data path. A write goes to the writer
 * (primary, cluster endpoint); reads go where the application's connection points: the primary,
 * a read replica or the reader endpoint (Aurora Replicas), which serve what they have replicated so
 * far (stale reads). The Multi-AZ standby serves nothing. A failure fails over (Multi-AZ 60–120 s,
 * Aurora Replica ~30 s) or leaves the writer down; read replicas keep serving; a replica can be
 * promoted (a promote-replica fault).
 */
export class RdsDatabase implements Behaviour, Table {
  readonly id: string;
  private readonly cluster: boolean;
  private readonly multiAz: boolean;
  private readonly readers: number;
  private readonly failover: DatabaseFailover;
  /** The node this one replicates from (read replica, global secondary), until promoted. */
  private sourceId: string | undefined;
  private readonly forwardsWrites: boolean;
  private readonly log = new WriteLog();
  private state: DatabaseState = 'available';
  /** The writer's zone ("a" unless set); a read replica is placed in "b" unless its config names a zone. */
  private readonly az: string;
  private downSince = 0;
  private readonly connections = new Map<string, Connection[]>();
  private readonly counts: DatabaseReport = { failovers: 0, unavailableMs: 0, readOnlyRejected: 0, replicaReads: 0, maxReplicaLagMs: 0 };

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    this.id = node.id;
    const config = world.config(node);
    this.cluster = node.kind === DB_CLUSTER;
    this.multiAz = booleanSetting(config, 'MultiAZ', false);
    this.readers = this.cluster ? Math.max(0, numberSetting(config, 'readerInstances', 0)) : 0;
    this.failover = failoverOf({ cluster: this.cluster, multiAz: this.multiAz, replicas: this.readers });
    this.sourceId = world.design.edgesTo(node.id).find((edge) => edge.role === 'replica')?.from;
    this.forwardsWrites = booleanSetting(config, 'EnableGlobalWriteForwarding', false);
    this.az = this.sourceId !== undefined && config.AvailabilityZone === undefined ? 'b' : world.azOf(node);
  }

  start(): void {
    this.world.settings.faults.forEach((fault: Fault) => {
      if (fault.type === 'promote-replica' && fault.node === this.id) this.world.at(fault.atSeconds * 1000, () => this.promote());
    });
  }

  /** The database whose write log this one follows (itself when it is a writer). */
  private get root(): RdsDatabase {
    const source = this.sourceId !== undefined ? this.world.behaviours.get(this.sourceId) : undefined;
    return source instanceof RdsDatabase ? source.root : this;
  }

  private get lagMs(): { min: number; max: number } {
    if (this.cluster) return GLOBAL_SECONDARY_LAG_MS;
    return READ_REPLICA_LAG_MS;
  }

  latestWrite(slot: number): number {
    return this.root.log.latest(slot);
  }

  /** The connection the request's application uses, or this node's default endpoint. */
  private connection(request: DataRequest, write: boolean): { db: RdsDatabase; endpoint: string } {
    let list = this.connections.get(request.from);
    if (!list) {
      list = connectionsOf(this.world, request.from);
      this.connections.set(request.from, list);
    }
    const chosen = connectionFor(list, write);
    const behaviour = chosen ? this.world.behaviours.get(chosen.node) : undefined;
    if (chosen && behaviour instanceof RdsDatabase) return { db: behaviour, endpoint: chosen.endpoint };
    return { db: this, endpoint: this.cluster ? 'writer' : 'primary' };
  }

  read(request: DataRequest): DataAnswer {
    const { db, endpoint } = this.connection(request, false);
    return db.readAt(endpoint, request);
  }

  write(request: DataRequest): DataAnswer {
    const { db, endpoint } = this.connection(request, true);
    return db.writeAt(endpoint, request);
  }

  private refuse(request: DataRequest, reason: string, event: string): DataAnswer {
    const world = this.world;
    world.load(this.id).errors++;
    if (world.trace.accepts(event)) world.log(request.at, this.id, event, request.message, reason);
    return dataAnswer(false, request.at + world.random.draw(REFUSED_MS), Number.NEGATIVE_INFINITY, this.id, { reason });
  }

  private readAt(endpoint: string, request: DataRequest): DataAnswer {
    const world = this.world;
    const load = world.load(this.id);
    load.received++;
    if (endpoint === 'standby') return this.refuse(request, 'the Multi-AZ standby has no endpoint and serves no reads', 'readRefused');
    const fromReplicas = endpoint === 'reader' && this.readers > 0;
    // A reader endpoint keeps answering from the replicas that are left while the writer fails over.
    if (this.state !== 'available' && !(fromReplicas && this.readers > 1)) return this.refuse(request, `${this.id} is ${this.state === 'down' ? 'down' : 'failing over'}`, 'readRefused');
    load.processed++;
    const doneAt = request.at + world.random.draw(READ_MS);
    const lag = this.sourceId !== undefined ? this.lagMs : fromReplicas ? AURORA_REPLICA_LAG_MS : undefined;
    if (lag === undefined) return dataAnswer(true, doneAt, this.log.latest(request.slot), this.id);
    const lagMs = world.random.draw(lag);
    this.counts.replicaReads++;
    if (lagMs > this.counts.maxReplicaLagMs) this.counts.maxReplicaLagMs = lagMs;
    return dataAnswer(true, doneAt, this.root.log.appliedBy(request.slot, request.at, lagMs), this.id);
  }

  private writeAt(endpoint: string, request: DataRequest): DataAnswer {
    const world = this.world;
    const load = world.load(this.id);
    load.received++;
    if (endpoint === 'standby' || endpoint === 'reader') {
      this.counts.readOnlyRejected++;
      return this.refuse(request, endpoint === 'standby' ? 'the Multi-AZ standby takes no traffic' : 'the reader endpoint is read-only', 'writeRefused');
    }
    if (this.sourceId !== undefined) {
      const source = world.behaviours.get(this.sourceId);
      if (this.cluster && this.forwardsWrites && source instanceof RdsDatabase) {
        // Write forwarding: the secondary sends the write to the primary Region's writer.
        const forwarded = source.writeAt('writer', { ...request, at: request.at + world.random.draw(WRITE_FORWARDING_MS) / 2 });
        return { ...forwarded, doneAt: forwarded.doneAt + world.random.draw(WRITE_FORWARDING_MS) / 2 };
      }
      this.counts.readOnlyRejected++;
      return this.refuse(request, `${this.id} is a read-only ${this.cluster ? 'secondary cluster of a global database' : 'read replica'}`, 'writeRefused');
    }
    if (this.state !== 'available') return this.refuse(request, `${this.id} is ${this.state === 'down' ? 'down' : 'failing over'}`, 'writeRefused');
    load.processed++;
    let doneAt = request.at + world.random.draw(WRITE_MS);
    if (this.multiAz && !this.cluster) doneAt += world.random.draw(SYNCHRONOUS_STANDBY_MS);
    this.log.record(request.slot, request.at);
    return dataAnswer(true, doneAt, request.at, this.id);
  }

  /** A message sent straight to the database is written (or read) like a request. */
  receive(work: Work, reply: Reply): void {
    let last: DataAnswer | undefined;
    for (const message of work.messages) {
      const key = message.key ?? message.record.id;
      const request: DataRequest = { at: work.at, key, slot: this.world.slotOf(key), bytes: message.bytes, consistent: false, from: work.from, message };
      last = message.operation === 'read' ? this.read(request) : this.write(request);
      if (last.ok && message.operation === 'send') markProcessed(message, last.doneAt, this.id);
    }
    reply(last ? { ok: last.ok, doneAt: last.doneAt, reason: last.reason, answeredBy: this.id } : { ok: true, doneAt: work.at });
  }

  fail(cause: FailureCause, az: string): void {
    const world = this.world;
    // The writer (and the primary) runs in "a"; a Multi-AZ standby or the Aurora Replicas in the other zones.
    if (cause === 'az' && az !== this.az) return;
    if (this.state !== 'available') return;
    this.state = stateAfterFailure(this.failover);
    this.downSince = world.now;
    if (this.state === 'failingOver') {
      this.counts.failovers++;
      const takes = world.random.draw(this.failover.failoverMs!);
      world.log(world.now, this.id, 'failoverStarted', undefined, `${this.cluster ? (this.readers > 0 ? 'an Aurora Replica is promoted' : 'a new writer instance is created') : 'the Multi-AZ standby is promoted'}; about ${Math.round(takes / 1000)} s`);
      world.after(takes, () => {
        this.counts.unavailableMs += world.now - this.downSince;
        this.state = 'available';
        world.log(world.now, this.id, 'failoverCompleted', undefined, 'the endpoint points to the new writer');
      });
    } else world.log(world.now, this.id, 'nodeFailed', undefined, 'no standby to fail over to: writes fail until the instance is recovered');
  }

  recover(): void {
    if (this.state !== 'down') return;
    this.counts.unavailableMs += this.world.now - this.downSince;
    this.state = 'available';
    this.world.log(this.world.now, this.id, 'recovered');
  }

  /** A read replica becomes a standalone, writable instance: replication stops. */
  private promote(): void {
    const world = this.world;
    if (this.sourceId === undefined) return;
    world.log(world.now, this.id, 'promotionStarted', undefined, 'the read replica is being promoted to a standalone instance');
    world.after(world.random.draw(PROMOTION_MS), () => {
      // It keeps what it had replicated: the source's latest writes carry over as its own.
      const root = this.root;
      this.copyLog(root);
      this.sourceId = undefined;
      world.log(world.now, this.id, 'promoted', undefined, 'standalone and writable; replication from the source has stopped');
    });
  }

  private copyLog(from: RdsDatabase): void {
    for (const slot of from.log.slots()) this.log.record(slot, from.log.latest(slot));
  }

  finish(): void {
    if (this.state !== 'available') this.counts.unavailableMs += this.world.now - this.downSince;
  }

  monthlyCostUsd(): number {
    return databaseMonthlyCostUsd(this.cluster, this.world.config(this.node));
  }

  report(): NodeReport {
    return { database: { ...this.counts, unavailableMs: Math.round(this.counts.unavailableMs), maxReplicaLagMs: Math.round(this.counts.maxReplicaLagMs) } };
  }
}
