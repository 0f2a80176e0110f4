import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadPackFromTexts, type Pack } from '../../src/bridge.ts';

const SCENARIOS = join(import.meta.dirname, '..', '..', 'scenarios');

/** The built-in campaign read from disk, as the browser reads it through import.meta.glob. */
export function builtInPack(): Pack {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ya?ml|json)$/.test(entry.name)) files[relative(SCENARIOS, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(SCENARIOS);
  const loaded = loadPackFromTexts(files);
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => `${problem.file} ${problem.path}: ${problem.message}`).join('\n'));
  return loaded.value;
}
