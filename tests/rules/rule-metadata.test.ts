import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptanceFor, componentFor } from '../../src/catalog/index.ts';
import { RULES } from '../../src/rules/index.ts';

/** The study notes and the fact-check table live beside the repository, in ../shared/notes. */
const NOTES_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'notes');
const notesFile = join(NOTES_DIR, 'aws-developer-associate-notes.txt');
const factsFile = join(NOTES_DIR, 'facts.tsv');
const available = existsSync(notesFile) && existsSync(factsFile);

/** Whitespace and markdown emphasis do not count when comparing a quote with the notes. */
function normalise(text: string): string {
  return text.replace(/[*]/g, '').replace(/\s+/g, ' ').trim();
}

const byId = RULES.map((rule) => [rule.id, rule] as const);

describe('rule metadata', () => {
  it('rule ids are unique', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(byId)('%s has an "<area>/<kebab-case>" id, a title and a notes source', (_id, rule) => {
    expect(rule.id).toMatch(/^[a-z0-9]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rule.title.length).toBeGreaterThan(5);
    expect(rule.source.section.length).toBeGreaterThan(0);
    expect(rule.source.quote.length).toBeGreaterThan(15);
  });

  it('range limits name a real config key of a catalog kind', () => {
    for (const rule of RULES.filter((candidate) => candidate.limit)) {
      const definition = componentFor(rule.limit!.kind);
      expect(definition, rule.id).toBeDefined();
      expect(Object.keys(definition!.config.shape), rule.id).toContain(rule.limit!.property);
    }
  });

  it('rules that explain a refused connection name a pair the catalog does not offer', () => {
    for (const rule of RULES.filter((candidate) => candidate.connection)) {
      const { from, to, role } = rule.connection!;
      expect(componentFor(from), rule.id).toBeDefined();
      expect(componentFor(to), rule.id).toBeDefined();
      expect(acceptanceFor(from, to, role), rule.id).toBeUndefined();
    }
  });
});

describe.skipIf(!available)('rule citations match the notes and the fact check', () => {
  const notes = available ? normalise(readFileSync(notesFile, 'utf8')) : '';
  const verdicts = new Map<string, string>(
    available
      ? readFileSync(factsFile, 'utf8')
          .split('\n')
          .slice(1)
          .filter((line) => line.trim() !== '')
          .map((line) => {
            const [id, , , verdict] = line.split('\t');
            return [id!, verdict!];
          })
      : [],
  );

  it.each(byId)('%s quotes the notes verbatim (parts may be joined by "...")', (_id, rule) => {
    expect(notes).toContain(normalise(rule.source.section));
    for (const part of rule.source.quote.split('...')) {
      expect(notes, `quote part "${part.trim()}"`).toContain(normalise(part));
    }
  });

  it.each(byId)('%s cites existing fact rows, and today’s fact where the notes are outdated or wrong', (_id, rule) => {
    for (const fact of rule.facts) expect(verdicts.has(fact), `unknown fact id ${fact}`).toBe(true);
    const corrected = rule.facts.filter((fact) => ['outdated', 'wrong'].includes(verdicts.get(fact) ?? ''));
    if (corrected.length > 0) expect(rule.currentFact, `${corrected.join(', ')} need a currentFact`).toBeDefined();
    expect(rule.facts.filter((fact) => verdicts.get(fact) === 'unverified')).toEqual([]);
  });
});
