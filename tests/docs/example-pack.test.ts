import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPack } from '../../src/scenario/node/read-pack.ts';
import { runCli } from '../cli/run-cli.ts';

const root = join(import.meta.dirname, '..', '..');
const packDir = join(root, 'docs', 'example-pack');
/** The repository's copy of facts.tsv, so the pack's fact ids are checked without ../shared. */
const factsCopy = join(root, 'docs', 'facts.tsv');

/** `npm test` runs `cloudwright pack test` over the instructor guide's example pack. */
describe('the example pack (docs/example-pack)', () => {
  const loaded = readPack(packDir);

  it('loads, with two passing and three failing designs for each scenario, and hints', () => {
    expect(loaded.ok ? [] : loaded.problems.map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.value.scenarios.length).toBeGreaterThanOrEqual(2);
    for (const scenario of loaded.value.scenarios) {
      expect(scenario.tests.pass.length, scenario.id).toBeGreaterThanOrEqual(2);
      expect(scenario.tests.fail.length, scenario.id).toBeGreaterThanOrEqual(3);
      expect(scenario.hints.length, scenario.id).toBeGreaterThan(0);
      expect(scenario.bonus.length, scenario.id).toBeGreaterThan(0);
    }
  });

  it('passes `cloudwright pack test`: every must-pass design passes, every must-fail design fails for its reason', async () => {
    const { code, stdout } = await runCli(['pack', 'test', packDir, '--facts', factsCopy]);
    const cases = stdout.split('\n').filter((line) => /^(PASS|FAIL) /.test(line));
    expect(cases.filter((line) => line.startsWith('FAIL')), stdout).toEqual([]);
    expect(code, stdout).toBe(0);
    const expected = loaded.ok ? loaded.value.scenarios.reduce((sum, s) => sum + s.tests.pass.length + s.tests.fail.length, 0) : 0;
    expect(cases.length).toBe(expected);
  }, 120_000);

  it('is walked through in the instructor guide', () => {
    const guide = readFileSync(join(root, 'docs', 'instructor-guide.md'), 'utf8');
    expect(guide).toContain('docs/example-pack');
    for (const scenario of loaded.ok ? loaded.value.scenarios : []) expect(guide, scenario.id).toContain(scenario.id);
  });
});
