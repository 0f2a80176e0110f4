import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseText } from '../../formats/parse-text.ts';
import { loadScenarioText } from '../load-scenario.ts';
import { besideFile } from '../paths.ts';
import type { FileLoadResult, Scenario } from '../scenario.ts';

/** Reads one scenario file and the design files it names by path (relative to it). */
export function readScenarioFile(path: string): FileLoadResult<Scenario> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problems: [{ file: path, path: '', message: code === 'ENOENT' ? 'no such file' : (error as Error).message }] };
  }
  const file = basename(path);
  const files: Record<string, string> = {};
  for (const ref of designPaths(text)) {
    const relative = besideFile(file, ref);
    try {
      files[relative] = readFileSync(join(dirname(path), relative), 'utf8');
    } catch {
      // Left out: the loader reports the missing design with its place in the scenario.
    }
  }
  const loaded = loadScenarioText(text, { file, files });
  if (loaded.ok) return loaded;
  return { ok: false, problems: loaded.problems.map((problem) => ({ ...problem, file: problem.file ? join(dirname(path), problem.file) : path })) };
}

/** The design references written as paths: start and every test's design. */
function designPaths(text: string): string[] {
  const parsed = parseText(text);
  if (!parsed.ok || typeof parsed.parsed.value !== 'object' || parsed.parsed.value === null) return [];
  const parsedDoc = parsed.parsed.value as { start?: unknown; tests?: { pass?: unknown; fail?: unknown } };
  const refs: unknown[] = [parsedDoc.start];
  for (const list of [parsedDoc.tests?.pass, parsedDoc.tests?.fail]) {
    if (Array.isArray(list)) refs.push(...list.map((test) => (test as { design?: unknown } | null)?.design));
  }
  return refs.filter((ref): ref is string => typeof ref === 'string');
}
