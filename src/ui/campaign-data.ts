import { type FileLoadResult, loadPackFromTexts, type Pack } from '../bridge.ts';

/** The built-in campaign: scenarios/pack.yaml and the scenario and design files beside it. */
const files = import.meta.glob('/scenarios/**/*.{yaml,yml,json}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let cached: FileLoadResult<Pack> | undefined;

export function builtInCampaign(): FileLoadResult<Pack> {
  cached ??= loadPackFromTexts(Object.fromEntries(Object.entries(files).map(([path, text]) => [path.replace(/^\/scenarios\//, ''), text])));
  return cached;
}

/** Reads a pack the player picked (a folder or several files): paths relative to the folder holding pack.yaml. */
export async function packFromFiles(list: FileList): Promise<FileLoadResult<Pack>> {
  const entries = await Promise.all([...list].map(async (file) => [file.webkitRelativePath || file.name, await file.text()] as const));
  const packPath = entries.map(([path]) => path).find((path) => path === 'pack.yaml' || path.endsWith('/pack.yaml'));
  const root = packPath ? packPath.slice(0, packPath.length - 'pack.yaml'.length) : '';
  return loadPackFromTexts(Object.fromEntries(entries.filter(([path]) => path.startsWith(root)).map(([path, text]) => [path.slice(root.length), text])));
}

/** A level is open once the one before it in play order is solved; the first is always open. */
export function unlocked(pack: Pack, stars: Record<string, { stars: number }>, id: string): boolean {
  const index = pack.scenarios.findIndex((scenario) => scenario.id === id);
  if (index <= 0) return index === 0;
  return (stars[pack.scenarios[index - 1]!.id]?.stars ?? 0) > 0;
}
