import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARSE_LIMITS } from '../../formats/parse-text.ts';
import { loadPackFromTexts, type Pack } from '../load-pack.ts';
import type { FileLoadResult } from '../scenario.ts';

/** Node only: the file-system side of packs. The loaders themselves stay pure. */

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The built-in campaign, itself a pack. */
export const BUILTIN_PACK_DIR = join(REPO_ROOT, 'scenarios');
/** The fact-check table and the notes, beside the checkout (see RuleMeta.facts). */
export const DEFAULT_FACTS_FILE = resolve(REPO_ROOT, '..', 'shared', 'notes', 'facts.tsv');
export const DEFAULT_NOTES_FILE = resolve(REPO_ROOT, '..', 'shared', 'notes', 'aws-developer-associate-notes.txt');

const DATA_FILE = /\.(ya?ml|json)$/i;
const MAX_FILES = 2000;

/** Every data file under a folder, keyed by "/"-separated path relative to it. */
export function readDataFiles(dir: string): { ok: true; files: Record<string, string> } | { ok: false; message: string } {
  try {
    if (!statSync(dir).isDirectory()) return { ok: false, message: `${dir}: not a folder` };
  } catch {
    return { ok: false, message: `${dir}: no such folder` };
  }
  const files: Record<string, string> = {};
  let count = 0;
  const walk = (folder: string): string | undefined => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        const problem = walk(path);
        if (problem) return problem;
      } else if (entry.isFile() && DATA_FILE.test(entry.name)) {
        count += 1;
        if (count > MAX_FILES) return `${dir}: more than ${MAX_FILES} data files`;
        if (statSync(path).size > PARSE_LIMITS.maxBytes) return `${path}: file is too large`;
        files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
      }
    }
    return undefined;
  };
  const problem = walk(dir);
  return problem ? { ok: false, message: problem } : { ok: true, files };
}

/** Reads and loads a pack folder. */
export function readPack(dir: string): FileLoadResult<Pack> {
  const read = readDataFiles(dir);
  if (!read.ok) return { ok: false, problems: [{ path: '', message: read.message }] };
  return loadPackFromTexts(read.files);
}

/** The ids in the first column of facts.tsv, or undefined when the file cannot be read. */
export function readFactIds(file: string = DEFAULT_FACTS_FILE): Set<string> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const ids = text
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0]?.trim() ?? '')
    .filter((id) => id !== '');
  return new Set(ids);
}

export function readNotes(file: string = DEFAULT_NOTES_FILE): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
