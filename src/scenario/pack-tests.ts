import { validate } from '../engine/validate.ts';
import type { Simulator } from '../engine/validation-machine.ts';
import type { Pack } from './load-pack.ts';
import type { FailCase, PassCase, Scenario } from './scenario.ts';

/** One must-pass or must-fail design of a scenario, run. */
export interface PackCaseResult {
  scenario: string;
  name: string;
  expect: 'pass' | 'fail';
  failsWith?: string;
  /** The design file, when the case names one. */
  file?: string;
  /** True when the design did what the scenario's test expects. */
  ok: boolean;
  /** Why, in one line: the requirements it failed, or what it should have failed. */
  reason: string;
}

export interface PackTestOptions {
  simulate?: Simulator;
}

/** Runs every scenario's must-pass and must-fail designs through the full check. */
export async function runPackTests(pack: Pack, options: PackTestOptions = {}): Promise<PackCaseResult[]> {
  const results: PackCaseResult[] = [];
  for (const scenario of pack.scenarios) results.push(...(await runScenarioTests(scenario, options)));
  return results;
}

export async function runScenarioTests(scenario: Scenario, options: PackTestOptions = {}): Promise<PackCaseResult[]> {
  const results: PackCaseResult[] = [];
  for (const test of scenario.tests.pass) results.push(await runCase(scenario, test, 'pass', options));
  for (const test of scenario.tests.fail) results.push(await runCase(scenario, test, 'fail', options));
  return results;
}

async function runCase(scenario: Scenario, test: PassCase | FailCase, expect: 'pass' | 'fail', options: PackTestOptions): Promise<PackCaseResult> {
  const failsWith = 'failsWith' in test ? test.failsWith : undefined;
  const base = { scenario: scenario.id, name: test.name, expect, ...(failsWith ? { failsWith } : {}), ...(test.design.file ? { file: test.design.file } : {}) };
  const verdict = await validate({ source: test.design.design, scenario, simulate: options.simulate });
  if (!verdict.valid || !verdict.scenario) {
    return { ...base, ok: false, reason: `not a valid design: ${verdict.problems.map((p) => `${p.path} ${p.message}`).join('; ')}` };
  }
  const failedRequirements = verdict.scenario.requirements.filter((requirement) => !requirement.passed);
  const errorRules = verdict.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule);
  const failures = failedRequirements.map((requirement) => `${requirement.id}: ${requirement.message}`);
  if (expect === 'pass') {
    return verdict.scenario.passed
      ? { ...base, ok: true, reason: `passed with ${verdict.scenario.stars} star(s)` }
      : { ...base, ok: false, reason: `must pass, but failed ${failures.join(' | ')}` };
  }
  if (verdict.scenario.passed) return { ...base, ok: false, reason: `must fail for ${failsWith}, but passed` };
  const ids = failedRequirements.map((requirement) => requirement.id);
  if (ids.includes(failsWith!) || errorRules.includes(failsWith!)) {
    const named = failedRequirements.find((requirement) => requirement.id === failsWith);
    return { ...base, ok: true, reason: `failed for ${failsWith}${named ? `: ${named.message}` : ' (error finding)'}` };
  }
  return { ...base, ok: false, reason: `must fail for ${failsWith}, but failed for ${[...ids, ...errorRules].join(', ')} instead` };
}
