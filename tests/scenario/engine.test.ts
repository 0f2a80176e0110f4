import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate, type ValidationStage } from '../../src/engine/validate.ts';
import { BUILTIN_PACK_DIR, readPack } from '../../src/scenario/node/read-pack.ts';
import { scenarioInPack } from '../../src/scenario/load-pack.ts';
import { message, queueDesign, run, scenario } from './helpers.ts';

const pack = readPack(BUILTIN_PACK_DIR);
if (!pack.ok) throw new Error(pack.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('\n'));
const fifo = scenarioInPack(pack.value, 'fifo-orders')!;
const design = (name: string) => readFileSync(join(BUILTIN_PACK_DIR, 'fifo-orders', name), 'utf8');

describe('validate with a scenario', () => {
  it('runs loading, rules, simulation and judging, in that order', async () => {
    const stages: ValidationStage[] = [];
    const verdict = await validate({ source: design('pass-batch-of-one.yaml'), scenario: fifo }, (stage) => stages.push(stage));
    expect(stages).toEqual(['loading', 'checkingRules', 'simulating', 'judging', 'verdict']);
    expect(verdict.scenario?.id).toBe('fifo-orders');
    expect(verdict.scenario?.passed).toBe(true);
    expect(verdict.scenario?.metrics?.sent).toBe(600);
  });

  it('keeps the plain check unchanged without a scenario', async () => {
    const stages: ValidationStage[] = [];
    const verdict = await validate({ source: design('pass-batch-of-one.yaml') }, (stage) => stages.push(stage));
    expect(stages).toEqual(['loading', 'checkingRules', 'verdict']);
    expect(verdict.scenario).toBeUndefined();
  });

  it('skips the simulation when no requirement needs a run', async () => {
    const stages: ValidationStage[] = [];
    const verdict = await validate({ source: queueDesign(), scenario: scenario() }, (stage) => stages.push(stage));
    expect(stages).toEqual(['loading', 'checkingRules', 'judging', 'verdict']);
    expect(verdict.scenario?.passed).toBe(true);
  });

  it('is deterministic: the same design judged twice gives the same verdict, trace included', async () => {
    const first = await validate({ source: design('fail-standard-queue.yaml'), scenario: fifo });
    const second = await validate({ source: design('fail-standard-queue.yaml'), scenario: fifo });
    expect(first.scenario?.passed).toBe(false);
    expect(JSON.stringify(second.scenario)).toBe(JSON.stringify(first.scenario));
  });

  it('explains a failure with numbers from the run, the notes, the parts and the trace', async () => {
    const verdict = await validate({ source: design('fail-standard-queue.yaml'), scenario: fifo });
    const inOrder = verdict.scenario!.requirements.find((r) => r.id === 'in-order')!;
    expect(inOrder.passed).toBe(false);
    expect(inOrder.message).toMatch(/^orders \d+ and \d+ of customer c\d+ were processed out of order at t = [\d.]+ s/);
    expect(inOrder.why).toMatch(/The notes \(SQS\): "/);
    expect(inOrder.fix).toMatch(/FifoQueue: true/);
    expect(inOrder.nodes).toContain('fulfil');
    expect(inOrder.trace?.length).toBeGreaterThan(0);
  });

  it('uses an injected simulator, and reports a simulator that throws as a failed requirement', async () => {
    const level = scenario({ requirements: [{ id: 'once', label: 'Once', type: 'exactly-once' }] });
    const fake = () => run([message('m1', { processed: [{ at: 1, by: 'fulfil' }] })]);
    expect((await validate({ source: queueDesign(), scenario: level, simulate: fake })).scenario?.passed).toBe(true);
    const broken = () => {
      throw new Error('the clock fell over');
    };
    const verdict = await validate({ source: queueDesign(), scenario: level, simulate: broken });
    expect(verdict.valid).toBe(true);
    expect(verdict.scenario?.passed).toBe(false);
    expect(verdict.scenario?.requirements.find((r) => r.id === 'once')?.message).toMatch(/could not run: the clock fell over/);
  });

  it('an invalid design gets problems and no scenario verdict', async () => {
    const verdict = await validate({ source: 'format: cloudwright.design/1\nnodes: [{ id: Bad }]\n', scenario: fifo });
    expect(verdict.valid).toBe(false);
    expect(verdict.scenario).toBeUndefined();
  });
});
