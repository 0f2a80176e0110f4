/**
 * A database writer's availability as plain functions (database-availability.machine.ts states the
 * same): a failure fails over to a standby or replica when there is one (requests fail meanwhile,
 * the data is kept), otherwise the database is down until it is recovered.
 */

export type DatabaseState = 'available' | 'failingOver' | 'down';

/** RDS Multi-AZ (DB instance) fails over to its standby in about 60–120 s. */
export const MULTI_AZ_FAILOVER_MS = { min: 60_000, max: 120_000 };
/** Aurora promotes an Aurora Replica in about 30 s. */
export const AURORA_REPLICA_FAILOVER_MS = { min: 20_000, max: 35_000 };
/** Aurora with no replica creates a new writer instance: several minutes. */
export const AURORA_RECREATE_WRITER_MS = { min: 300_000, max: 600_000 };

export interface DatabaseFailover {
  /** How long a failover takes, or undefined when there is nothing to fail over to. */
  failoverMs: { min: number; max: number } | undefined;
}

export function stateAfterFailure(failover: DatabaseFailover): DatabaseState {
  return failover.failoverMs ? 'failingOver' : 'down';
}

/** What a failure of the writer leads to, from the deployment: a standby, an Aurora Replica, or nothing. */
export function failoverOf(options: { cluster: boolean; multiAz: boolean; replicas: number }): DatabaseFailover {
  if (options.cluster) return { failoverMs: options.replicas > 0 ? AURORA_REPLICA_FAILOVER_MS : AURORA_RECREATE_WRITER_MS };
  return { failoverMs: options.multiAz ? MULTI_AZ_FAILOVER_MS : undefined };
}
