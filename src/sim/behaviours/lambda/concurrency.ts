/** A function's concurrency as plain functions: the hot path of every invocation. */

export interface ConcurrencyState {
  running: number;
  /** ReservedConcurrentExecutions, or what the Region's pool has left for unreserved functions. */
  limit: number;
  /** Execution environments kept initialised (provisioned concurrency): no cold start below it. */
  provisioned: number;
}

/** Beyond the limit an invoke is throttled: 429 TooManyRequestsException. */
export function concurrencyLimitReached(state: Pick<ConcurrencyState, 'running' | 'limit'>): boolean {
  return state.running >= state.limit;
}

/** A new invocation needs a fresh execution environment unless provisioned or idle warm ones exist. */
export function needsColdStart(state: Pick<ConcurrencyState, 'running' | 'provisioned'>, idleWarm: number): boolean {
  return state.running >= state.provisioned && idleWarm === 0;
}

export type ConcurrencyEvent = { type: 'invocationStarted' } | { type: 'invocationFinished' };
export type ConcurrencyPhase = 'belowLimit' | 'atLimit';

/** Applies an event; an invocationStarted at the limit is throttled and changes nothing. */
export function applyConcurrencyEvent(state: ConcurrencyState, event: ConcurrencyEvent): ConcurrencyPhase {
  if (event.type === 'invocationStarted' && !concurrencyLimitReached(state)) state.running++;
  else if (event.type === 'invocationFinished' && state.running > 0) state.running--;
  return concurrencyLimitReached(state) ? 'atLimit' : 'belowLimit';
}
