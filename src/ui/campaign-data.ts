import { type FileLoadResult, loadPackFromTexts, type Pack } from '../bridge.ts';

/** The built-in campaign: scenarios/pack.yaml and the scenario and design files beside it. */
const files = import.meta.glob('/scenarios/**/*.{yaml,yml,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let cached: FileLoadResult<Pack> | undefined;

export function builtInCampaign(): FileLoadResult<Pack> {
  cached ??= loadForPlay(Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^\/scenarios\//, ''), text])));
  return cached;
}

/**
 * Loads a pack to play it. The game never runs a scenario's pass and fail test designs (the pack's
 * own tests do), and checking them is most of the loading time, so they are left out. Should that
 * change the outcome, the pack is loaded as written, so every problem is still reported.
 */
export function loadForPlay(texts: Readonly<Record<string, string>>): FileLoadResult<Pack> {
  const playable: Record<string, string> = {};
  const starts = new Set<string>();
  for (const [path, text] of Object.entries(texts)) {
    if (path.includes('/')) continue;
    // The top-level "tests:" key and its indented block, up to the next top-level key.
    playable[path] = text.replace(/^tests:.*(?:\n(?:[ \t#].*)?)*/m, '');
    const start = /^start:\s*['"]?([^'"\s#]+)/m.exec(text)?.[1];
    if (start) starts.add(start);
  }
  for (const start of starts) if (texts[start] !== undefined) playable[start] = texts[start];
  const quick = loadPackFromTexts(playable);
  return quick.ok ? quick : loadPackFromTexts(texts);
}

/** Reads a pack the player picked (a folder or several files): paths relative to the folder holding pack.yaml. */
export async function packFromFiles(list: FileList): Promise<FileLoadResult<Pack>> {
  return packFromEntries(await Promise.all([...list].map(async (file) => [file.webkitRelativePath || file.name, await file.text()] as const)));
}

/** A pack from files picked or dropped, as (path, text) pairs: the folder holding pack.yaml is the pack's root. */
export function packFromEntries(entries: ReadonlyArray<readonly [string, string]>): FileLoadResult<Pack> {
  const packPath = entries.map(([path]) => path).find((path) => path === 'pack.yaml' || path.endsWith('/pack.yaml'));
  const root = packPath ? packPath.slice(0, packPath.length - 'pack.yaml'.length) : '';
  return loadForPlay(Object.fromEntries(entries.filter(([path]) => path.startsWith(root)).map(([path, text]) => [path.slice(root.length), text])));
}

/**
 * Each chapter's first level is open, so a learner can start any topic; within a chapter a level
 * opens once the one before it is solved.
 */
export function unlocked(pack: Pack, stars: Record<string, { stars: number }>, id: string): boolean {
  const chapter = pack.chapters.find((candidate) => candidate.scenarios.includes(id));
  if (!chapter) return false;
  const index = chapter.scenarios.indexOf(id);
  if (index === 0) return true;
  return (stars[chapter.scenarios[index - 1]!]?.stars ?? 0) > 0;
}
