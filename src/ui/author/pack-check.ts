import { type FileProblem, lintPack, loadPackFromTexts, type Pack } from '../../bridge.ts';
import type { AuthorWork } from './author-work.ts';
import { packFiles } from './scenario-document.ts';

export type PackCheck = { ok: true; pack: Pack } | { ok: false; problems: FileProblem[] };

/**
 * What `cloudwright pack lint` says of the work: the pack loader (schemas, file references), then
 * the lint (kinds, ids between parts, the tests and hints a level needs). Fact ids and notes quotes
 * need the fact-check table and the notes, which only the command line has.
 */
export function checkPack(work: AuthorWork): PackCheck {
  const loaded = loadPackFromTexts(packFiles(work));
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  const problems = lintPack(loaded.value);
  return problems.length === 0 ? { ok: true, pack: loaded.value } : { ok: false, problems };
}
