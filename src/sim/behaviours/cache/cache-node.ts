/**
 * A cache node's availability as plain functions. A node fails; with a replica and automatic
 * failover the replica is promoted (data kept) after a short failover; otherwise the node is
 * replaced and comes back empty.
 */

export type CacheNodeState = 'up' | 'failingOver' | 'replacing';

export type CacheNodeEvent = { type: 'nodeFailed' } | { type: 'failoverCompleted' } | { type: 'nodeReplaced' };

export interface CacheNodeContext {
  state: CacheNodeState;
  /** A replica in another place can take over (Redis/Valkey replica with automatic failover, DAX with ReplicationFactor ≥ 2). */
  canFailOver: boolean;
}

export function replicaCanTakeOver(context: Pick<CacheNodeContext, 'canFailOver'>): boolean {
  return context.canFailOver;
}

/** Whether the node's cached items survive this event. */
export function keepsData(state: CacheNodeState): boolean {
  return state !== 'replacing';
}

export function applyCacheNodeEvent(context: CacheNodeContext, event: CacheNodeEvent): CacheNodeState {
  if (context.state === 'up' && event.type === 'nodeFailed') context.state = replicaCanTakeOver(context) ? 'failingOver' : 'replacing';
  else if (context.state === 'failingOver' && event.type === 'failoverCompleted') context.state = 'up';
  else if (context.state === 'replacing' && event.type === 'nodeReplaced') context.state = 'up';
  return context.state;
}
