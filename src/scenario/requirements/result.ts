import type { NotesSource } from '../../catalog/types.ts';
import type { DesignContext } from '../../rules/context.ts';
import type { Finding } from '../../rules/types.ts';
import type { SimulationResult, TraceEntry } from '../../sim/types.ts';
import type { Scenario } from '../scenario.ts';
import type { Requirement, RequirementType } from '../schema.ts';

/**
 * How one requirement fared. On failure: what happened (with numbers from the run), why (the
 * behaviour and the notes sentence behind it), how to fix it, the nodes and edges involved, and
 * the part of the trace that shows it, for the game to replay.
 */
export interface RequirementResult {
  id: string;
  label: string;
  type: RequirementType;
  passed: boolean;
  message: string;
  why: string;
  fix: string;
  nodes: string[];
  /** Edge keys: the edge's id, or "from->to". */
  edges: string[];
  source?: NotesSource;
  trace?: TraceEntry[];
}

/** What a requirement is judged on: the design, its findings, and (for behaviour) the run. */
export interface JudgeInput {
  scenario: Scenario;
  context: DesignContext;
  findings: readonly Finding[];
  /** The simulation run; undefined when it could not run (runError says why). */
  run?: SimulationResult;
  runError?: string;
}

export type Outcome = Omit<RequirementResult, 'id' | 'label' | 'type'>;

export type Evaluator<T extends RequirementType> = (requirement: Extract<Requirement, { type: T }>, input: JudgeInput) => Outcome;

export function passed(message: string, extra: Partial<Outcome> = {}): Outcome {
  return { passed: true, message, why: '', fix: '', nodes: [], edges: [], ...extra };
}

export function failed(outcome: Omit<Outcome, 'passed'>): Outcome {
  return { passed: false, ...outcome };
}

/**
 * Failures that say the requirement could not be judged at all (the run could not run, or nothing
 * in the design reports what it reads): a level's own why and fix, written for the real failure,
 * do not apply to them.
 */
const unjudged = new WeakSet<Outcome>();

export function notJudged(outcome: Omit<Outcome, 'passed'>): Outcome {
  const result = failed(outcome);
  unjudged.add(result);
  return result;
}

export function wasJudged(outcome: Outcome): boolean {
  return !unjudged.has(outcome);
}

/** "why" text: the behaviour in plain words, then the notes sentence it rests on. */
export function because(behaviour: string, source: NotesSource | undefined): string {
  return source ? `${behaviour} The notes (${source.section}): "${source.quote}"` : behaviour;
}

/** Virtual ms as "t = 2.41 s". */
export function at(ms: number): string {
  return `t = ${seconds(ms)} s`;
}

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(2).replace(/\.?0+$/, '') || '0';
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
