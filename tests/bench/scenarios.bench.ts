import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { validate } from '../../src/engine/validate.ts';
import { scenarioInPack } from '../../src/scenario/load-pack.ts';
import { BUILTIN_PACK_DIR, readPack } from '../../src/scenario/node/read-pack.ts';

/**
 * The full check (rules, simulation, judging) of each built-in scenario's first passing design;
 * goal: under 100 ms median each. Then grading fifo-orders designs: 50 are graded and the time
 * for 1,000 is extrapolated in a printed line (goal: under 60 s), to keep the bench short.
 */
const loaded = readPack(BUILTIN_PACK_DIR);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('\n'));
const pack = loaded.value;

describe('full check of each built-in scenario', () => {
  for (const scenario of pack.scenarios) {
    const design = scenario.tests.pass[0]!.design.design;
    bench(scenario.id, async () => {
      const verdict = await validate({ source: design, scenario });
      if (!verdict.scenario?.passed) throw new Error(`${scenario.id}: its first passing design failed`);
    }, { iterations: 5, time: 0, warmupIterations: 1 });
  }
});

describe('grading fifo-orders designs', () => {
  const fifo = scenarioInPack(pack, 'fifo-orders')!;
  const texts = [...fifo.tests.pass, ...fifo.tests.fail].map((test) => readFileSync(join(BUILTIN_PACK_DIR, test.design.file!), 'utf8'));
  const SAMPLE = 50;
  bench(`grade ${SAMPLE} designs (extrapolated to 1,000 below)`, async () => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < SAMPLE; i += 1) await validate({ source: texts[i % texts.length]!, scenario: fifo });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`grading: ${SAMPLE} fifo-orders designs in ${seconds.toFixed(2)} s → 1,000 designs ≈ ${((seconds / SAMPLE) * 1000).toFixed(1)} s (goal < 60 s)`);
  }, { iterations: 1, time: 0, warmupIterations: 0 });
});
