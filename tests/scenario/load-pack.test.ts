import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadPackFromTexts } from '../../src/scenario/load-pack.ts';
import { scenarioDocument } from './helpers.ts';
import { goodPackFiles } from './pack-fixtures.ts';

const problemsOf = (files: Record<string, string>) => {
  const loaded = loadPackFromTexts(files);
  if (loaded.ok) throw new Error('expected the pack to be refused');
  return loaded.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.path}: ${p.message}`);
};

describe('loading a pack from texts', () => {
  it('loads scenarios in chapter order with their design files', () => {
    const loaded = loadPackFromTexts(goodPackFiles());
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.scenarios.map((s) => s.id)).toEqual(['first', 'second']);
    expect(loaded.value.scenarios[1]!.tests.pass[0]!.design.file).toBe('second/queue.yaml');
    expect(loaded.value.scenarios[1]!.file).toBe('second.yaml');
  });

  it('accepts Windows-style and "./" paths as keys', () => {
    const files = Object.fromEntries(Object.entries(goodPackFiles()).map(([path, text]) => [`./${path.replace('/', '\\')}`, text]));
    expect(loadPackFromTexts(files).ok).toBe(true);
  });

  it('says when pack.yaml is missing', () => {
    const { 'pack.yaml': _pack, ...rest } = goodPackFiles();
    expect(problemsOf(rest)).toEqual(["pack.yaml : missing pack.yaml (the pack's title, author and chapters)"]);
  });

  it('names the file and line of bad YAML', () => {
    const problems = problemsOf({ ...goodPackFiles(), 'first.yaml': 'format: cloudwright.scenario/1\nid: [unclosed\n' });
    expect(problems.some((p) => /^first\.yaml:\d+ : not valid YAML or JSON/.test(p))).toBe(true);
  });

  it('refuses a chapter naming a scenario that is not there, and a scenario no chapter lists', () => {
    const files = goodPackFiles();
    files['pack.yaml'] = files['pack.yaml']!.replace('- second', '- third');
    const problems = problemsOf(files);
    expect(problems).toContain('pack.yaml chapters[0].scenarios[1]: no scenario file in the pack has the id "third"');
    expect(problems).toContain('second.yaml id: scenario "second" is not listed in any chapter of pack.yaml');
  });

  it('refuses two files with the same scenario id, and files that are neither scenario nor design', () => {
    const problems = problemsOf({ ...goodPackFiles(), 'copy.yaml': stringify(scenarioDocument({ id: 'first' })), 'notes.yaml': 'hello: world\n' });
    expect(problems.some((p) => p.includes('scenario id "first" is also used by'))).toBe(true);
    expect(problems.some((p) => p.startsWith('notes.yaml format: not a scenario or design file'))).toBe(true);
  });

  it('reports a missing design file at the test that names it', () => {
    const { 'second/empty.yaml': _gone, ...files } = goodPackFiles();
    expect(problemsOf(files).some((p) => p.startsWith('second.yaml:') && p.includes('tests.fail[0].design: design file "second/empty.yaml" not found'))).toBe(true);
  });
});
