import { describe, expect, it } from 'vitest';
import { lintPack } from '../../src/scenario/lint.ts';
import { BUILTIN_PACK_DIR, readFactIds, readNotes, readPack } from '../../src/scenario/node/read-pack.ts';
import { runPackTests } from '../../src/scenario/pack-tests.ts';

/** `npm test` runs `pack test` over the built-in campaign: every case must PASS. */
describe('the built-in campaign (scenarios/)', async () => {
  const loaded = readPack(BUILTIN_PACK_DIR);
  it('loads', () => {
    expect(loaded.ok ? [] : loaded.problems.map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual([]);
  });
  if (!loaded.ok) return;
  const pack = loaded.value;

  it('lints clean against the catalog, facts.tsv and the notes', () => {
    const problems = lintPack(pack, { knownFactIds: readFactIds(), notesText: readNotes() });
    expect(problems.map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual([]);
  });

  it('has at least six scenarios, fifo-orders and cache-hot-reads among them, each with two passing and three failing designs', () => {
    expect(pack.scenarios.length).toBeGreaterThanOrEqual(6);
    expect(pack.scenarios.map((s) => s.id)).toEqual(expect.arrayContaining(['fifo-orders', 'cache-hot-reads']));
    for (const scenario of pack.scenarios) {
      expect(scenario.tests.pass.length, scenario.id).toBeGreaterThanOrEqual(2);
      expect(new Set(scenario.tests.fail.map((test) => test.failsWith)).size, scenario.id).toBeGreaterThanOrEqual(3);
      expect(scenario.hints.length, scenario.id).toBe(3);
    }
  });

  const results = await runPackTests(pack);
  it.each(results.map((result) => [`${result.scenario} / ${result.name}`, result] as const))('%s', (_name, result) => {
    expect(result.ok, result.reason).toBe(true);
  });
});
