import { describe, expect, it } from 'vitest';
import { WriteLog } from '../../../src/sim/behaviours/rds/write-log.ts';
import { simulate } from '../../../src/sim/simulate.ts';
import type { Fault } from '../../../src/sim/types.ts';
import { design, settings } from '../designs.ts';

type Nodes = Parameters<typeof design>[0];
type Edges = Parameters<typeof design>[1];

/** users → app → database (and optionally a read connection to a replica or the reader endpoint). */
function withDatabase(db: Nodes[number], extra: { nodes?: Nodes; edges?: Edges; connection?: Record<string, unknown> } = {}) {
  return design(
    [{ id: 'users', kind: 'Actor::Client' }, { id: 'app', kind: 'AWS::EC2::Instance' }, db, ...(extra.nodes ?? [])],
    [{ from: 'users', to: 'app' }, { from: 'app', to: db.id, config: extra.connection ?? {} }, ...(extra.edges ?? [])],
  );
}

const readsAndWrites = (faults: Fault[] = [], seconds = 300) =>
  settings({
    drainSeconds: 0,
    traffic: [
      { id: 'writes', operation: 'write', ratePerSecond: 20, durationSeconds: seconds, keyAttribute: 'id', attributes: { id: { keys: 50 } } },
      { id: 'reads', operation: 'read', ratePerSecond: 50, durationSeconds: seconds, keyAttribute: 'id', attributes: { id: { keys: 50 } } },
    ],
    faults,
  });

describe('RDS', () => {
  it('a replica that is lag ms behind serves the latest write at least that old', () => {
    const log = new WriteLog();
    log.record(0, 1_000);
    log.record(0, 2_000);
    expect(log.appliedBy(0, 2_500, 1_000)).toBe(1_000);
    expect(log.appliedBy(0, 2_500, 100)).toBe(2_000);
    expect(log.appliedBy(0, 1_500, 1_000)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('Multi-AZ fails over in 60–120 s during which the database answers nothing; single-AZ stays down', () => {
    const fault: Fault[] = [{ type: 'node-failure', node: 'db', atSeconds: 60 }];
    const multi = simulate(withDatabase({ id: 'db', kind: 'AWS::RDS::DBInstance', config: { MultiAZ: true } }), readsAndWrites(fault));
    const report = multi.reports!.db!.database!;
    expect(report.failovers).toBe(1);
    expect(report.unavailableMs).toBeGreaterThanOrEqual(60_000);
    expect(report.unavailableMs).toBeLessThanOrEqual(120_000);
    expect(multi.trace.some((entry) => entry.event === 'failoverCompleted')).toBe(true);
    const share = multi.metrics.availability;
    expect(share).toBeGreaterThan(1 - 120 / 300);
    expect(share).toBeLessThan(1 - 60 / 300 + 0.01);
    const single = simulate(withDatabase({ id: 'db', kind: 'AWS::RDS::DBInstance' }), readsAndWrites(fault));
    expect(single.reports!.db!.database!.failovers).toBe(0);
    expect(single.metrics.availability).toBeLessThan(0.25);
  });

  it('the Multi-AZ standby serves no reads', () => {
    const run = simulate(withDatabase({ id: 'db', kind: 'AWS::RDS::DBInstance', config: { MultiAZ: true } }, { connection: { endpoint: 'standby' } }), readsAndWrites([], 10));
    expect(run.metrics.availability).toBe(0);
  });

  it('reads from a read replica are stale by the replica lag; the replica refuses writes and keeps serving reads while the source is down', () => {
    const nodes: Nodes = [{ id: 'replica', kind: 'AWS::RDS::DBInstance' }];
    const edges: Edges = [
      { from: 'db', to: 'replica', role: 'replica' },
      { from: 'app', to: 'replica', config: { operation: 'read' } },
    ];
    const primary = { id: 'db', kind: 'AWS::RDS::DBInstance' };
    const run = simulate(withDatabase(primary, { nodes, edges, connection: { operation: 'write' } }), readsAndWrites([], 60));
    expect(run.metrics.staleReads).toBeGreaterThan(50);
    expect(run.metrics.maxStalenessMs).toBeLessThanOrEqual(2_000);
    expect(run.reports!.replica!.database!.replicaReads).toBe(3_000);
    expect(run.metrics.availability).toBe(1);
    const fresh = simulate(withDatabase(primary), readsAndWrites([], 60));
    expect(fresh.metrics.staleReads).toBe(0);
    // The source fails: writes fail, reads from the replica go on.
    const down = simulate(withDatabase(primary, { nodes, edges, connection: { operation: 'write' } }), readsAndWrites([{ type: 'node-failure', node: 'db', atSeconds: 0 }], 60));
    expect(down.aggregated!.reads!.ok).toBe(3_000);
    expect(down.aggregated!.writes!.ok).toBe(0);
    // Writing to the replica is refused: it is read-only.
    const wrong = simulate(withDatabase({ id: 'replica-only', kind: 'AWS::RDS::DBInstance' }, { nodes: [primary], edges: [{ from: 'db', to: 'replica-only', role: 'replica' }] }), readsAndWrites([], 10));
    expect(wrong.reports!['replica-only']!.database!.readOnlyRejected).toBe(200);
  });

  it('a promoted read replica takes writes', () => {
    const nodes: Nodes = [{ id: 'db', kind: 'AWS::RDS::DBInstance' }];
    const run = simulate(withDatabase({ id: 'replica', kind: 'AWS::RDS::DBInstance' }, { nodes, edges: [{ from: 'db', to: 'replica', role: 'replica' }] }), readsAndWrites([{ type: 'promote-replica', node: 'replica', atSeconds: 10 }], 400));
    const writes = run.aggregated!.writes!;
    expect(writes.ok).toBeGreaterThan(0);
    expect(writes.ok).toBeLessThan(writes.requests);
    expect(run.trace.some((entry) => entry.event === 'promoted')).toBe(true);
  });
});

describe('Aurora', () => {
  const cluster = (config: Record<string, unknown>) => ({ id: 'db', kind: 'AWS::RDS::DBCluster', config: { Engine: 'aurora-mysql', ...config } });

  it('fails over to an Aurora Replica in about 30 s; without one a new writer takes minutes', () => {
    const fault: Fault[] = [{ type: 'node-failure', node: 'db', atSeconds: 30 }];
    const replica = simulate(withDatabase(cluster({ readerInstances: 1 })), readsAndWrites(fault, 900)).reports!.db!.database!;
    expect(replica.unavailableMs).toBeGreaterThanOrEqual(20_000);
    expect(replica.unavailableMs).toBeLessThanOrEqual(35_000);
    const none = simulate(withDatabase(cluster({})), readsAndWrites(fault, 900)).reports!.db!.database!;
    expect(none.unavailableMs).toBeGreaterThanOrEqual(300_000);
  });

  it('the reader endpoint serves slightly stale reads and refuses writes', () => {
    const reader = simulate(
      design(
        [{ id: 'users', kind: 'Actor::Client' }, { id: 'app', kind: 'AWS::EC2::Instance' }, cluster({ readerInstances: 2 })],
        [{ from: 'users', to: 'app' }, { from: 'app', to: 'db', config: { operation: 'write', endpoint: 'writer' } }, { from: 'app', to: 'db', config: { operation: 'read', endpoint: 'reader' } }],
      ),
      readsAndWrites([], 60),
    );
    expect(reader.metrics.staleReads).toBeGreaterThan(0);
    expect(reader.metrics.maxStalenessMs).toBeLessThanOrEqual(100);
    const writesToReader = simulate(withDatabase(cluster({ readerInstances: 1 }), { connection: { endpoint: 'reader' } }), readsAndWrites([], 10));
    expect(writesToReader.reports!.db!.database!.readOnlyRejected).toBe(200);
  });

  it('a global database secondary is read-only unless write forwarding is on', () => {
    const secondary = (forwarding: boolean) =>
      withDatabase({ id: 'eu', kind: 'AWS::RDS::DBCluster', config: { EnableGlobalWriteForwarding: forwarding } }, { nodes: [cluster({})], edges: [{ from: 'db', to: 'eu', role: 'replica' }] });
    const readOnly = simulate(secondary(false), readsAndWrites([], 10));
    expect(readOnly.aggregated!.writes!.ok).toBe(0);
    expect(readOnly.metrics.maxStalenessMs).toBeLessThanOrEqual(1_000);
    const forwarded = simulate(secondary(true), readsAndWrites([], 10));
    expect(forwarded.aggregated!.writes!.ok).toBe(200);
    expect(forwarded.aggregated!.writes!.latencyMs?.p50 ?? forwarded.metrics.latencyMs.max).toBeGreaterThan(60);
  });
});
