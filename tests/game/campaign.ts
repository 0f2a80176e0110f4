import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadScenarioText, type Scenario } from '../../src/bridge.ts';

const SCENARIOS = join(import.meta.dirname, '..', '..', 'scenarios');

/** Every file of the built-in campaign, by path from scenarios/. */
export function campaignFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ya?ml|json)$/.test(entry.name)) files[relative(SCENARIOS, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(SCENARIOS);
  return files;
}

/**
 * One built-in scenario read from disk with the designs it refers to, as the browser reads the
 * campaign; alone, so a half-written neighbour in the pack does not stop these tests.
 */
export function builtInScenario(id: string): Scenario {
  const files = campaignFiles();
  const file = `${id}.yaml`;
  const loaded = loadScenarioText(files[file] ?? '', { file, files });
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => `${problem.file} ${problem.path}: ${problem.message}`).join('\n'));
  return loaded.value;
}
