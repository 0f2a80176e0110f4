import type { Design } from '../design/schema.ts';
import { DesignContext } from '../rules/context.ts';
import type { Finding } from '../rules/types.ts';
import type { SimulationMetrics, SimulationResult } from '../sim/types.ts';
import { BEHAVIOURAL_TYPES, evaluateRequirement, type RequirementResult } from './requirements/index.ts';
import type { Scenario } from './scenario.ts';
import type { Requirement } from './schema.ts';

/**
 * A design judged against a scenario. Public (the game's checklist and `check --json` read it):
 * passed only when every requirement passed; stars 0 when failed, else 1 plus one per bonus goal
 * met (at most 3); requirements in the scenario's order, after the implicit "no error findings" and "palette only".
 */
export interface ScenarioVerdict {
  id: string;
  passed: boolean;
  stars: number;
  requirements: RequirementResult[];
  /** The run's metrics, when the simulation ran. */
  metrics?: SimulationMetrics;
  bonus: RequirementResult[];
}

export const NO_ERROR_FINDINGS_ID = 'no-error-findings';

export const PALETTE_ONLY_ID = 'palette-only';

/** The requirements a design is judged on: the implicit "no error findings" and "palette only" (unless stated), then the scenario's. */
export function requirementsOf(scenario: Pick<Scenario, 'requirements'>): Requirement[] {
  const stated = (type: Requirement['type']) => scenario.requirements.some((requirement) => requirement.type === type);
  const implicit: Requirement[] = [];
  if (!stated('no-error-findings')) implicit.push({ id: NO_ERROR_FINDINGS_ID, label: 'AWS would accept the design (no error findings)', type: 'no-error-findings' });
  if (!stated('palette-only')) implicit.push({ id: PALETTE_ONLY_ID, label: "Only components from the level's palette", type: 'palette-only' });
  return [...implicit, ...scenario.requirements];
}

/** True when judging needs a simulation run (any behavioural requirement or bonus goal). */
export function needsRun(scenario: Pick<Scenario, 'requirements' | 'bonus'>): boolean {
  return [...scenario.requirements, ...scenario.bonus].some((requirement) => BEHAVIOURAL_TYPES.has(requirement.type));
}

export interface JudgeOptions {
  run?: SimulationResult;
  runError?: string;
}

/** Judges a design by what it does; deterministic for a given design, findings and run. */
export function judgeScenario(scenario: Scenario, design: Design | DesignContext, findings: readonly Finding[], options: JudgeOptions = {}): ScenarioVerdict {
  const context = design instanceof DesignContext ? design : new DesignContext(design);
  const input = { scenario, context, findings, run: options.run, runError: options.runError };
  const requirements = requirementsOf(scenario).map((requirement) => evaluateRequirement(requirement, input));
  const passed = requirements.every((result) => result.passed);
  const bonus = scenario.bonus.map((requirement) => evaluateRequirement(requirement, input));
  const stars = passed ? Math.min(3, 1 + bonus.filter((result) => result.passed).length) : 0;
  return { id: scenario.id, passed, stars, requirements, ...(options.run ? { metrics: options.run.metrics } : {}), bonus };
}
