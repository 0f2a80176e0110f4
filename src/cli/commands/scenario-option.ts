import { existsSync, statSync } from 'node:fs';
import { describeProblem } from '../../formats/problems.ts';
import { scenarioInPack } from '../../scenario/load-pack.ts';
import { BUILTIN_PACK_DIR, readPack } from '../../scenario/node/read-pack.ts';
import { readScenarioFile } from '../../scenario/node/read-scenario.ts';
import type { FileProblem, Scenario } from '../../scenario/scenario.ts';

/** "file:line:col path: message" for a problem in a pack or scenario file. */
export function describeFileProblem(problem: FileProblem): string {
  return describeProblem(problem, problem.file);
}

/**
 * `--scenario ID|FILE [--pack DIR]`: a file path loads that scenario; an id is looked up in the
 * pack (the built-in campaign unless --pack names another).
 */
export function resolveScenario(ref: string, packDir?: string): { ok: true; scenario: Scenario } | { ok: false; messages: string[] } {
  if (/\.(ya?ml|json)$/i.test(ref) || (existsSync(ref) && statSync(ref).isFile())) {
    const loaded = readScenarioFile(ref);
    return loaded.ok ? { ok: true, scenario: loaded.value } : { ok: false, messages: loaded.problems.map(describeFileProblem) };
  }
  const dir = packDir ?? BUILTIN_PACK_DIR;
  const pack = readPack(dir);
  if (!pack.ok) return { ok: false, messages: [`the pack in ${dir} cannot be loaded:`, ...pack.problems.map(describeFileProblem)] };
  const scenario = scenarioInPack(pack.value, ref);
  if (!scenario) {
    return { ok: false, messages: [`no scenario "${ref}" in ${dir} (it has: ${pack.value.scenarios.map((s) => s.id).join(', ')})`] };
  }
  return { ok: true, scenario };
}
