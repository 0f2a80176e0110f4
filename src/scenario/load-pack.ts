import { parseText } from '../formats/parse-text.ts';
import { formatPath } from '../formats/problems.ts';
import { zodProblems } from '../formats/validate.ts';
import { loadScenarioValue } from './load-scenario.ts';
import { migratePack } from './migrate.ts';
import { normalisePath } from './paths.ts';
import type { FileLoadResult, FileProblem, Scenario } from './scenario.ts';
import { PackSchema, type PackDocument } from './schema.ts';

export const PACK_FILE = 'pack.yaml';

/** A loaded pack: its metadata and its scenarios in play order. */
export interface Pack extends PackDocument {
  scenarios: Scenario[];
}

const DATA_FILE = /\.(ya?ml|json)$/i;

/**
 * Loads a pack from its files' texts, keyed by path relative to the pack folder, so the browser
 * (Vite's import.meta.glob) and Node (the file system) feed it alike. Scenario files are the data
 * files whose format is a scenario format; other data files must be designs they refer to.
 */
export function loadPackFromTexts(files: Readonly<Record<string, string>>): FileLoadResult<Pack> {
  const texts: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) texts[normalisePath(path)] = text;
  const problems: FileProblem[] = [];
  const packText = texts[PACK_FILE];
  if (packText === undefined) return { ok: false, problems: [{ file: PACK_FILE, path: '', message: 'missing pack.yaml (the pack\'s title, author and chapters)' }] };

  const parsedDoc = loadPackDocument(packText, problems);
  const scenarios = new Map<string, Scenario>();
  const referenced = new Set<string>();
  let unreadable = 0;
  for (const path of Object.keys(texts).sort()) {
    if (path === PACK_FILE || !DATA_FILE.test(path)) continue;
    const parsed = parseText(texts[path]!);
    if (!parsed.ok) {
      problems.push(...parsed.problems.map((problem) => ({ ...problem, file: path })));
      unreadable += 1;
      continue;
    }
    const format = formatOf(parsed.parsed.value);
    if (format?.startsWith('cloudwright.design/')) continue;
    if (!format?.startsWith('cloudwright.scenario/')) {
      problems.push({ file: path, path: 'format', message: 'not a scenario or design file (format must be cloudwright.scenario/1 or cloudwright.design/1)', ...parsed.parsed.locate(['format']) });
      continue;
    }
    const loaded = loadScenarioValue(parsed.parsed.value, { file: path, files: texts }, parsed.parsed);
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      unreadable += 1;
      continue;
    }
    const scenario = loaded.value;
    const previous = scenarios.get(scenario.id);
    if (previous) problems.push({ file: path, path: 'id', message: `scenario id "${scenario.id}" is also used by ${previous.file}`, ...parsed.parsed.locate(['id']) });
    else scenarios.set(scenario.id, scenario);
  }
  if (!parsedDoc) return { ok: false, problems };

  const ordered: Scenario[] = [];
  parsedDoc.chapters.forEach((chapter, c) => {
    chapter.scenarios.forEach((id, s) => {
      const scenario = scenarios.get(id);
      const path = formatPath(['chapters', c, 'scenarios', s]);
      if (!scenario) {
        // A scenario file that failed to load may be the one with this id: say so rather than mislead.
        const hint = unreadable > 0 ? ` (or it is in a file above that could not be loaded)` : '';
        problems.push({ file: PACK_FILE, path, message: `no scenario file in the pack has the id "${id}"${hint}` });
      }
      else if (referenced.has(id)) problems.push({ file: PACK_FILE, path, message: `scenario "${id}" is listed twice` });
      else ordered.push(scenario);
      referenced.add(id);
    });
  });
  for (const scenario of scenarios.values()) {
    if (!referenced.has(scenario.id)) problems.push({ file: scenario.file, path: 'id', message: `scenario "${scenario.id}" is not listed in any chapter of pack.yaml` });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { ...parsedDoc, scenarios: ordered }, warnings: [] };
}

function loadPackDocument(text: string, problems: FileProblem[]): PackDocument | undefined {
  const parsed = parseText(text);
  if (!parsed.ok) {
    problems.push(...parsed.problems.map((problem) => ({ ...problem, file: PACK_FILE })));
    return undefined;
  }
  const migrated = migratePack(parsed.parsed.value);
  if (!migrated.ok) {
    problems.push({ file: PACK_FILE, path: 'format', message: migrated.message, ...parsed.parsed.locate(['format']) });
    return undefined;
  }
  const result = PackSchema.safeParse(migrated.document);
  if (!result.success) {
    problems.push(...zodProblems(result.error, parsed.parsed).map((problem) => ({ ...problem, file: PACK_FILE })));
    return undefined;
  }
  return result.data;
}

function formatOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const format = (value as Record<string, unknown>).format;
  return typeof format === 'string' ? format : undefined;
}

/** The scenario with this id, if the pack has it. */
export function scenarioInPack(pack: Pack, id: string): Scenario | undefined {
  return pack.scenarios.find((scenario) => scenario.id === id);
}
