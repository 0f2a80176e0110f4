import type { Design } from '../design/schema.ts';
import type { Problem } from '../formats/problems.ts';
import type { ScenarioDocument } from './schema.ts';

/** A design a scenario refers to, loaded: where it came from, for messages. */
export interface ScenarioDesign {
  /** Path of the design file (relative to the pack), or undefined for an inline design. */
  file?: string;
  design: Design;
}

export interface PassCase {
  name: string;
  design: ScenarioDesign;
}

export interface FailCase extends PassCase {
  /** The requirement id, or the rule id of an error finding, that must fail the design. */
  failsWith: string;
}

/** A loaded scenario: its designs resolved and validated. */
export interface Scenario extends Omit<ScenarioDocument, 'start' | 'tests'> {
  start?: ScenarioDesign;
  tests: { pass: PassCase[]; fail: FailCase[] };
  /** Path of the scenario file inside its pack, when it came from one. */
  file?: string;
}

/** A problem in a file of a pack or scenario: the file and the path inside it. */
export interface FileProblem extends Problem {
  file?: string;
}

/** Like LoadResult, with each problem naming its file. */
export type FileLoadResult<T> = { ok: true; value: T; warnings: FileProblem[] } | { ok: false; problems: FileProblem[] };
