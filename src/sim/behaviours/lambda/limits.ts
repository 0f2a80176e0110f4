/** Lambda numbers the function behaviour uses (facts.tsv rows in the machines' citations). */

/** A cold start: a new execution environment initialises before the handler runs, in ms. */
export const COLD_START_MS = { min: 200, max: 500 };
/** An idle execution environment is reclaimed after a while; until then the next invoke is warm. */
export const WARM_ENVIRONMENT_KEPT_MS = 10 * 60 * 1000;
/** Invoke API overhead per call, in ms. */
export const INVOKE_OVERHEAD_MS = { min: 2, max: 8 };
/** Asynchronous invocation: retries of function errors wait about 1 minute, then 2 minutes. */
export const ASYNC_RETRY_DELAYS_MS = [60_000, 120_000];
/** Throttled asynchronous events are retried with backoff from 1 s up to 5 minutes, until the event is too old. */
export const ASYNC_THROTTLE_RETRY_MS = { first: 1_000, max: 300_000 };
export const DEFAULT_MAXIMUM_RETRY_ATTEMPTS = 2;
export const DEFAULT_MAXIMUM_EVENT_AGE_SECONDS = 21_600;
