import { stringify } from 'yaml';
import { DESIGN_FORMAT, type Design } from '../../bridge.ts';
import { settingsFromForm } from '../traffic-settings.ts';
import type { AuthorWork } from './author-work.ts';

const SCENARIO_FORMAT = 'cloudwright.scenario/1';
const PACK_FORMAT = 'cloudwright.pack/1';

/** "a, b ,c" → ["a", "b", "c"]: fact ids are typed as one line. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A file-safe name for a test design: "No DLQ!" → "no-dlq". */
export function slug(text: string, fallback: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return cleaned === '' ? fallback : cleaned;
}

/** Each test design's file, beside the scenario: <id>/pass-<name>.yaml, unique within the scenario. */
export function designFiles(work: AuthorWork): { start?: string; pass: string[]; fail: string[] } {
  const used = new Set<string>();
  const name = (prefix: string, label: string, index: number) => {
    let base = `${work.id}/${prefix}-${slug(label, String(index + 1))}`;
    if (used.has(base)) base = `${base}-${index + 1}`;
    used.add(base);
    return `${base}.yaml`;
  };
  return {
    ...(work.start ? { start: `${work.id}/start.yaml` } : {}),
    pass: work.pass.map((test, index) => name('pass', test.name, index)),
    fail: work.fail.map((test, index) => name('fail', test.name, index)),
  };
}

/** The scenario document (cloudwright.scenario/1) the forms describe; designs stay inline (format added). */
export function scenarioDocument(work: AuthorWork): Record<string, unknown> {
  return scenarioWith(work, {
    ...(work.start ? { start: withFormat(work.start) } : {}),
    pass: work.pass.map((test) => withFormat(test.design)),
    fail: work.fail.map((test) => withFormat(test.design)),
  });
}

/** The pack as files: pack.yaml, <id>.yaml and each design in <id>/, as `cloudwright pack lint` reads them. */
export function packFiles(work: AuthorWork): Record<string, string> {
  const paths = designFiles(work);
  const files: Record<string, string> = {
    'pack.yaml': stringify({
      format: PACK_FORMAT,
      id: work.pack.id,
      title: work.pack.title,
      author: work.pack.author,
      chapters: [{ id: work.chapter, title: work.chapter, scenarios: [work.id] }],
    }),
  };
  // Paths in the scenario are relative to the scenario file, which sits at the pack's root.
  files[`${work.id}.yaml`] = stringify(scenarioWith(work, { ...(paths.start ? { start: paths.start } : {}), pass: paths.pass, fail: paths.fail }));
  if (work.start && paths.start) files[paths.start] = stringify(withFormat(work.start));
  work.pass.forEach((test, index) => {
    files[paths.pass[index]!] = stringify(withFormat(test.design));
  });
  work.fail.forEach((test, index) => {
    files[paths.fail[index]!] = stringify(withFormat(test.design));
  });
  return files;
}

function scenarioWith(work: AuthorWork, designs: { start?: unknown; pass: unknown[]; fail: unknown[] }): Record<string, unknown> {
  return {
    format: SCENARIO_FORMAT,
    id: work.id,
    title: work.title,
    chapter: work.chapter,
    difficulty: work.difficulty,
    brief: work.brief,
    objectives: work.objectives.map((objective) => ({ text: objective.text, section: objective.section, facts: splitList(objective.facts) })),
    palette: work.palette,
    ...(designs.start !== undefined ? { start: designs.start } : {}),
    simulation: settingsFromForm(work.traffic),
    requirements: work.requirements,
    bonus: work.bonus,
    hints: work.hints.filter((hint) => hint.trim() !== ''),
    tests: {
      pass: work.pass.map((test, index) => ({ name: test.name, design: designs.pass[index] })),
      fail: work.fail.map((test, index) => ({ name: test.name, design: designs.fail[index], failsWith: test.failsWith })),
    },
  };
}

function withFormat(design: Design): Design {
  return { ...design, format: DESIGN_FORMAT };
}
