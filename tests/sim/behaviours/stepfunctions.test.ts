import { describe, expect, it } from 'vitest';
import { DefinitionError, errorOf, matches, parseDefinition, retryDelayMs } from '../../../src/sim/behaviours/stepfunctions/definition.ts';
import { simulate } from '../../../src/sim/simulate.ts';
import { design, settings } from '../designs.ts';

function workflow(definition?: Record<string, unknown>, functions = ['extract', 'transform', 'load'], timeout = 900) {
  return design(
    [
      { id: 'jobs', kind: 'Actor::Client' },
      { id: 'flow', kind: 'AWS::StepFunctions::StateMachine', config: definition ? { Definition: definition } : {} },
      ...functions.map((id) => ({ id, kind: 'AWS::Lambda::Function', config: { Timeout: timeout } })),
    ],
    [{ from: 'jobs', to: 'flow' }, ...functions.map((id) => ({ from: 'flow', to: id }))],
  );
}

const jobs = (processingMs: number, faults: unknown[] = []) => settings({ drainSeconds: 7_200, traffic: [{ id: 'jobs', count: 50, ratePerSecond: 1, durationSeconds: 50, processingMs }], faults });

const retried = (retry: unknown[] | undefined, catchers?: unknown[]) => ({
  StartAt: 'Extract',
  States: {
    Extract: { Type: 'Task', Resource: 'extract', Next: 'Transform' },
    Transform: { Type: 'Task', Resource: 'transform', Next: 'Load', ...(retry ? { Retry: retry } : {}), ...(catchers ? { Catch: catchers } : {}) },
    Load: { Type: 'Task', Resource: 'load', End: true },
    Compensate: { Type: 'Pass', End: true },
  },
});

describe('Step Functions', () => {
  it('parses Retry with the States Language defaults and computes the backoff', () => {
    const parsed = parseDefinition(retried([{ ErrorEquals: ['States.ALL'] }]), 'flow.config.Definition');
    const transform = parsed.states.Transform!;
    expect(transform.type === 'Task' && transform.retry[0]).toEqual({ errorEquals: ['States.ALL'], intervalSeconds: 1, maxAttempts: 3, backoffRate: 2 });
    expect(retryDelayMs({ errorEquals: [], intervalSeconds: 1, maxAttempts: 3, backoffRate: 2 }, 3)).toBe(4_000);
    expect(errorOf('Task timed out after 900 seconds', false)).toBe('States.Timeout');
    expect(matches(['States.Timeout'], 'States.TaskFailed')).toBe(false);
    expect(() => parseDefinition({ StartAt: 'Nope', States: {} }, 'flow.config.Definition')).toThrow(/flow\.config\.Definition\.StartAt: there is no state "Nope"/);
  });

  it('a job longer than 900 s fails in one function and succeeds split over three steps', () => {
    const half = 1_800_000;
    const single = simulate(workflow(undefined, ['everything']), jobs(half));
    expect(single.reports!.flow!.values!.failed).toBe(50);
    expect(single.trace.some((entry) => entry.event === 'invocationTimedOut')).toBe(true);
    const split = simulate(workflow(), jobs(half));
    expect(split.reports!.flow!.values!.succeeded).toBe(50);
    // Each message was tracked through every step.
    expect(split.messages.every((record) => ['extract', 'transform', 'load', 'flow'].every((by) => record.processed.some((entry) => entry.by === by)))).toBe(true);
  });

  it('a failed step fails the execution without Retry; Retry recovers most; Catch handles the rest', () => {
    const faults = [{ type: 'consumer-errors', node: 'transform', rate: 0.3 }];
    const none = simulate(workflow(retried(undefined)), jobs(1_000, faults)).reports!.flow!.values!;
    expect(none.failed).toBeGreaterThan(5);
    expect(none.retries).toBe(0);
    const retry = simulate(workflow(retried([{ ErrorEquals: ['States.ALL'], MaxAttempts: 3 }])), jobs(1_000, faults)).reports!.flow!.values!;
    expect(retry.retries).toBeGreaterThan(5);
    expect(retry.failed).toBeLessThan(none.failed!);
    const caught = simulate(workflow(retried([], [{ ErrorEquals: ['States.ALL'], Next: 'Compensate' }])), jobs(1_000, faults)).reports!.flow!.values!;
    expect(caught.caught).toBeGreaterThan(5);
    expect(caught.failed).toBe(0);
  });

  it('names the state of a definition it cannot run', () => {
    expect(() => simulate(workflow({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'missing', End: true } } }), jobs(10))).toThrow(/flow\.config\.Definition\.States\.A\.Resource: "missing" is not a node/);
    expect(() => simulate(workflow({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'missing', End: true } } }), jobs(10))).toThrow(DefinitionError);
  });
});
