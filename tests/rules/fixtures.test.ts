import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.ts';
import { runRules } from '../../src/rules/run.ts';
import { fixtureDesign, loadFixtures } from './rule-tester.ts';

const fixtures = loadFixtures();
const byRule = new Map(fixtures.map((loaded) => [loaded.fixture.rule, loaded]));

describe('every rule has fixtures', () => {
  it.each(RULES.map((rule) => rule.id))('%s has a fixture file with valid and invalid designs', (id) => {
    expect(byRule.has(id), `add tests/rules/fixtures/${id}.yaml`).toBe(true);
  });

  it('no fixture names a rule that does not exist', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    expect(fixtures.filter((loaded) => !ids.has(loaded.fixture.rule)).map((loaded) => loaded.file)).toEqual([]);
  });
});

for (const { file, fixture } of fixtures) {
  const rule = RULES.find((candidate) => candidate.id === fixture.rule);
  describe(`${fixture.rule} (${file})`, () => {
    for (const valid of fixture.valid) {
      it(`stays silent: ${valid.name}`, () => {
        const findings = runRules(fixtureDesign(valid.design, `${file} ${valid.name}`), rule ? [rule] : []);
        expect(findings.map((finding) => finding.message)).toEqual([]);
      });
    }
    for (const invalid of fixture.invalid) {
      it(`fires: ${invalid.name}`, () => {
        const findings = runRules(fixtureDesign(invalid.design, `${file} ${invalid.name}`), rule ? [rule] : []);
        expect(findings.every((finding) => finding.rule === fixture.rule)).toBe(true);
        const actual = findings.map((finding) => ({
          nodes: [...finding.nodes].sort(),
          edges: [...finding.edges].sort(),
          ...(invalid.expect.some((e) => e.property) ? { property: finding.property } : {}),
        }));
        const expected = invalid.expect.map((e) => ({
          nodes: [...e.nodes].sort(),
          edges: [...e.edges].sort(),
          ...(invalid.expect.some((x) => x.property) ? { property: e.property } : {}),
        }));
        expect(actual).toEqual(expected);
        for (const finding of findings) {
          expect(finding.message.length).toBeGreaterThan(10);
          expect(finding.why.length).toBeGreaterThan(10);
          expect(finding.fix.length).toBeGreaterThan(5);
        }
      });
    }
  });
}
