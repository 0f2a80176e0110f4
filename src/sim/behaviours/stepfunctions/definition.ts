/**
 * The part of Amazon States Language the simulation runs: Task states (Resource: the id of the node
 * the task calls) with Retry and Catch, Pass, Succeed and Fail. A design without a Definition runs
 * one Task per outgoing edge, in order, with no Retry (a Task retries nothing unless it says so).
 */

export interface Retrier {
  errorEquals: string[];
  intervalSeconds: number;
  maxAttempts: number;
  backoffRate: number;
}

export interface Catcher {
  errorEquals: string[];
  next: string;
}

export type WorkflowState =
  | { type: 'Task'; resource: string; retry: Retrier[]; catch: Catcher[]; next?: string }
  | { type: 'Pass'; next?: string }
  | { type: 'Succeed' }
  | { type: 'Fail'; error: string };

export interface Workflow {
  startAt: string;
  states: Record<string, WorkflowState>;
}

/** A definition the simulation cannot run: the message names the place. */
export class DefinitionError extends Error {
  override name = 'DefinitionError';
}

/** States Language defaults: IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0. */
function retrierOf(value: unknown, where: string): Retrier {
  const r = (value ?? {}) as Record<string, unknown>;
  const errors = Array.isArray(r.ErrorEquals) ? r.ErrorEquals.filter((e): e is string => typeof e === 'string') : [];
  if (errors.length === 0) throw new DefinitionError(`${where}.ErrorEquals: a retrier needs at least one error name (e.g. States.ALL)`);
  return {
    errorEquals: errors,
    intervalSeconds: typeof r.IntervalSeconds === 'number' ? r.IntervalSeconds : 1,
    maxAttempts: typeof r.MaxAttempts === 'number' ? r.MaxAttempts : 3,
    backoffRate: typeof r.BackoffRate === 'number' ? r.BackoffRate : 2,
  };
}

export function parseDefinition(definition: Record<string, unknown>, where: string): Workflow {
  const startAt = definition.StartAt;
  const states = definition.States;
  if (typeof startAt !== 'string') throw new DefinitionError(`${where}.StartAt: must name the first state`);
  if (states === null || typeof states !== 'object') throw new DefinitionError(`${where}.States: must map state names to states`);
  const parsed: Record<string, WorkflowState> = {};
  for (const [name, raw] of Object.entries(states as Record<string, unknown>)) {
    const state = (raw ?? {}) as Record<string, unknown>;
    const at = `${where}.States.${name}`;
    const next = typeof state.Next === 'string' ? state.Next : undefined;
    switch (state.Type) {
      case 'Task': {
        if (typeof state.Resource !== 'string') throw new DefinitionError(`${at}.Resource: name the node the task calls`);
        const retry = Array.isArray(state.Retry) ? state.Retry.map((r, i) => retrierOf(r, `${at}.Retry.${i}`)) : [];
        const catchers = Array.isArray(state.Catch)
          ? state.Catch.map((c, i) => {
              const entry = (c ?? {}) as Record<string, unknown>;
              if (typeof entry.Next !== 'string') throw new DefinitionError(`${at}.Catch.${i}.Next: name the state that handles the error`);
              const errors = Array.isArray(entry.ErrorEquals) ? entry.ErrorEquals.filter((e): e is string => typeof e === 'string') : ['States.ALL'];
              return { errorEquals: errors, next: entry.Next };
            })
          : [];
        parsed[name] = { type: 'Task', resource: state.Resource, retry, catch: catchers, ...(next ? { next } : {}) };
        break;
      }
      case 'Pass':
        parsed[name] = { type: 'Pass', ...(next ? { next } : {}) };
        break;
      case 'Succeed':
        parsed[name] = { type: 'Succeed' };
        break;
      case 'Fail':
        parsed[name] = { type: 'Fail', error: typeof state.Error === 'string' ? state.Error : 'States.Fail' };
        break;
      default:
        throw new DefinitionError(`${at}.Type: "${String(state.Type)}" is not run by the simulation (Task, Pass, Succeed, Fail)`);
    }
  }
  const names = new Set(Object.keys(parsed));
  if (!names.has(startAt)) throw new DefinitionError(`${where}.StartAt: there is no state "${startAt}"`);
  for (const [name, state] of Object.entries(parsed)) {
    if ('next' in state && state.next !== undefined && !names.has(state.next)) throw new DefinitionError(`${where}.States.${name}.Next: there is no state "${state.next}"`);
    if (state.type === 'Task') for (const c of state.catch) if (!names.has(c.next)) throw new DefinitionError(`${where}.States.${name}.Catch: there is no state "${c.next}"`);
  }
  return { startAt, states: parsed };
}

/** One Task per target, in order, no Retry: what a workflow does with nothing configured. */
export function defaultWorkflow(targets: readonly string[]): Workflow {
  const states: Record<string, WorkflowState> = {};
  targets.forEach((target, index) => {
    states[target] = { type: 'Task', resource: target, retry: [], catch: [], ...(index + 1 < targets.length ? { next: targets[index + 1]! } : {}) };
  });
  return { startAt: targets[0] ?? '', states };
}

/** The error name a failed task reports: a function timeout is States.Timeout, throttling Lambda.TooManyRequestsException, else States.TaskFailed. */
export function errorOf(reason: string | undefined, throttled: boolean): string {
  if (throttled) return 'Lambda.TooManyRequestsException';
  if (reason && /timed out/i.test(reason)) return 'States.Timeout';
  return 'States.TaskFailed';
}

/** Whether a retrier or catcher names the error (States.ALL matches every error). */
export function matches(errorEquals: readonly string[], error: string): boolean {
  return errorEquals.includes('States.ALL') || errorEquals.includes(error);
}

/** The wait before retry number `attempt` (1-based): IntervalSeconds × BackoffRate^(attempt − 1). */
export function retryDelayMs(retrier: Retrier, attempt: number): number {
  return retrier.intervalSeconds * 1000 * retrier.backoffRate ** (attempt - 1);
}
