/**
 * The one seam between the game and the engine: everything the canvas and the panels know
 * about AWS kinds, connections, rules and verdicts comes through here. The game never
 * re-implements a rule; it asks.
 */
import { acceptanceFor, acceptancesBetween, allComponents, CATEGORIES, componentFor } from './catalog/index.ts';
import type { Acceptance, Category, ComponentDefinition } from './catalog/index.ts';
import { loadDesignText, loadDesignValue } from './design/load.ts';
import { designToJson, designToYaml } from './design/save.ts';
import { DESIGN_FORMAT, edgeKey } from './design/schema.ts';
import type { Design, DesignEdge, DesignNode, EdgeRole } from './design/schema.ts';
import { validate } from './engine/validate.ts';
import type { ValidationStage, Verdict } from './engine/validate.ts';
import { describeProblem } from './formats/problems.ts';
import type { LoadResult, Problem } from './formats/problems.ts';
import type { TemplateFormat } from './iac/export-template.ts';
import type { ImportResult } from './iac/import-template.ts';
import { RULES } from './rules/index.ts';
import { explainRefusal } from './rules/core/connection-not-offered.ts';
import { runRules } from './rules/run.ts';
import type { Finding } from './rules/types.ts';
import { requirementsOf } from './scenario/judge.ts';
import { lintPack } from './scenario/lint.ts';
import { loadPackFromTexts, type Pack, scenarioInPack } from './scenario/load-pack.ts';
import { loadScenarioText } from './scenario/load-scenario.ts';
import { type PackCaseResult, runPackTests } from './scenario/pack-tests.ts';
import type { FileLoadResult, FileProblem, Scenario } from './scenario/scenario.ts';
import { SimulationInputError, simulate } from './sim/simulate.ts';
import { type Fault, type MessageRecord, type SimulationMetrics, type SimulationResult, SimulationSettings, type TrafficStream, type TraceEntry } from './sim/types.ts';

export {
  acceptanceFor,
  acceptancesBetween,
  allComponents,
  CATEGORIES,
  componentFor,
  DESIGN_FORMAT,
  describeProblem,
  designToJson,
  designToYaml,
  edgeKey,
  explainRefusal,
  lintPack,
  loadDesignText,
  loadDesignValue,
  loadPackFromTexts,
  loadScenarioText,
  requirementsOf,
  runPackTests,
  runRules,
  scenarioInPack,
};
export type {
  Acceptance,
  Category,
  ComponentDefinition,
  Design,
  DesignEdge,
  DesignNode,
  EdgeRole,
  FileLoadResult,
  Fault,
  FileProblem,
  Finding,
  ImportResult,
  LoadResult,
  MessageRecord,
  Pack,
  PackCaseResult,
  Problem,
  Scenario,
  SimulationMetrics,
  SimulationResult,
  SimulationSettings,
  TemplateFormat,
  TraceEntry,
  TrafficStream,
  ValidationStage,
  Verdict,
};

/** An empty design in the current format. */
export function emptyDesign(name?: string): Design {
  return { format: DESIGN_FORMAT, ...(name ? { name } : {}), nodes: [], edges: [] };
}

/** The range a rule allows for a numeric property, so the inspector can bound its input. */
export interface PropertyLimit {
  min?: number;
  max?: number;
  unit?: string;
  rule: string;
  section: string;
  quote: string;
}

export function limitFor(kind: string, property: string): PropertyLimit | undefined {
  const rule = RULES.find((candidate) => candidate.limit?.kind === kind && candidate.limit.property === property);
  if (!rule?.limit) return undefined;
  const { min, max, unit } = rule.limit;
  return { min, max, unit, rule: rule.id, section: rule.source.section, quote: rule.source.quote };
}

/** What connecting two kinds would mean: the roles AWS offers, or why it offers none. */
export type ConnectionOffer =
  | { allowed: true; options: Array<{ role?: EdgeRole; verb: string }> }
  | { allowed: false; message: string; why: string; fix: string };

export function connectionOffer(fromKind: string, toKind: string): ConnectionOffer {
  const options = acceptancesBetween(fromKind, toKind);
  if (options.length === 0) return { allowed: false, ...explainRefusal(fromKind, toKind, undefined) };
  return { allowed: true, options: options.map((option) => ({ ...(option.role ? { role: option.role } : {}), verb: option.verb })) };
}

/** One requirement of a level, judged (the engine's result, as the checklist shows it). */
export interface RequirementResult {
  id: string;
  label: string;
  passed: boolean;
  message: string;
  why: string;
  fix: string;
  nodes: string[];
  edges: string[];
  source?: { section: string; quote: string };
  /** The part of the simulation's trace that shows what happened, for replay. */
  trace?: TraceEntry[];
}

/** A verdict as the game shows it, with or without a scenario. */
export interface LevelVerdict {
  valid: boolean;
  passed: boolean;
  stars: number;
  problems: Problem[];
  findings: Finding[];
  requirements: RequirementResult[];
  bonus: RequirementResult[];
  metrics?: SimulationMetrics;
}

/** Without a scenario (the sandbox) a design passes when AWS would accept it: no error finding. */
export function toLevelVerdict(verdict: Verdict): LevelVerdict {
  const base = { valid: verdict.valid, problems: verdict.problems, findings: verdict.findings };
  const { scenario } = verdict;
  if (!scenario) return { ...base, passed: verdict.ok, stars: 0, requirements: [], bonus: [] };
  return {
    ...base,
    passed: scenario.passed,
    stars: scenario.stars,
    requirements: scenario.requirements,
    bonus: scenario.bonus,
    ...(scenario.metrics ? { metrics: scenario.metrics } : {}),
  };
}

/** Runs the full validation (rules and, for a level, the simulation and judging), reporting each stage. */
export async function validateDesign(design: unknown, scenario?: Scenario, onStage?: (stage: ValidationStage) => void): Promise<LevelVerdict> {
  return toLevelVerdict(await validate({ source: design, ...(scenario ? { scenario } : {}) }, onStage));
}

/** A design as a CloudFormation or SAM template (YAML). The exporter loads on first use: most sessions never need it. */
export async function exportTemplateText(design: Design, format: TemplateFormat): Promise<string> {
  const { exportTemplate } = await import('./iac/export-template.ts');
  return exportTemplate(design, { format, as: 'yaml' });
}

/** Reads a CloudFormation or SAM template into a design, or says where it is broken (path and line). */
export async function importTemplateText(text: string): Promise<ImportResult> {
  const { importTemplate } = await import('./iac/import-template.ts');
  return importTemplate(text);
}

/** A sandbox run: the simulation's result, or what stopped it (each problem with its path). */
export type SandboxRun = { ok: true; result: SimulationResult; errorFindings: number } | { ok: false; problems: Problem[] };

/**
 * Runs any design under traffic and faults the player chose (the sandbox's traffic panel).
 * The design is loaded and the settings checked like files; a design the rules reject still runs,
 * and errorFindings says how many error findings AWS would refuse it for.
 */
export function simulateDesign(design: unknown, settings: unknown): SandboxRun {
  const loaded = loadDesignValue(design);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  const parsed = SimulationSettings.safeParse(settings);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })) };
  }
  try {
    const result = simulate(loaded.value, parsed.data);
    const errorFindings = runRules(loaded.value).filter((finding) => finding.severity === 'error').length;
    return { ok: true, result, errorFindings };
  } catch (error) {
    if (error instanceof SimulationInputError) return { ok: false, problems: [{ path: '', message: error.message }] };
    throw error;
  }
}

/** A pack's must-pass and must-fail designs run from its files, as `cloudwright pack test` runs them (author mode's "Test pack"). */
export async function testPackFiles(files: Readonly<Record<string, string>>): Promise<PackCaseResult[]> {
  const loaded = loadPackFromTexts(files);
  if (!loaded.ok) throw new Error(`the pack does not load: ${loaded.problems.map((problem) => describeProblem(problem, problem.file)).join('; ')}`);
  return runPackTests(loaded.value);
}
