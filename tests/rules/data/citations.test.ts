import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules as dataRules } from '../../../src/rules/data/index.ts';

/** The study notes and the fact-check table live beside the repository, in ../shared/notes. */
const NOTES_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'notes');
const notesFile = join(NOTES_DIR, 'aws-developer-associate-notes.txt');
const factsFile = join(NOTES_DIR, 'facts.tsv');
const available = existsSync(notesFile) && existsSync(factsFile);

/** Whitespace and markdown emphasis do not count when comparing a quote with the notes. */
function normalise(text: string): string {
  return text.replace(/[*]/g, '').replace(/\s+/g, ' ').trim();
}

describe.skipIf(!available)('citations of the storage rules', () => {
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

  it.each(dataRules.map((rule) => [rule.id, rule] as const))('%s quotes the notes verbatim (parts joined by "...")', (_id, rule) => {
    expect(notes).toContain(normalise(rule.source.section));
    for (const part of rule.source.quote.split('...')) {
      expect(notes, `quote part "${part.trim()}"`).toContain(normalise(part));
    }
  });

  it.each(dataRules.map((rule) => [rule.id, rule] as const))('%s cites existing fact rows, and today’s fact where the notes are wrong', (_id, rule) => {
    for (const fact of rule.facts) expect(verdicts.has(fact), `unknown fact id ${fact}`).toBe(true);
    const corrected = rule.facts.filter((fact) => ['outdated', 'wrong'].includes(verdicts.get(fact) ?? ''));
    if (corrected.length > 0) expect(rule.currentFact, `${corrected.join(', ')} need a currentFact`).toBeDefined();
    expect(rule.facts.filter((fact) => verdicts.get(fact) === 'unverified')).toEqual([]);
  });
});
