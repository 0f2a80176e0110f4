import type { NotesSource } from '../catalog/types.ts';
import type { EdgeRole } from '../design/schema.ts';
import type { DesignContext } from './context.ts';

export type Severity = 'error' | 'warning' | 'info';

/** What a rule reports: the offending parts, what is wrong, why, and how to fix it. */
export interface RuleReport {
  message: string;
  why: string;
  fix: string;
  nodes: string[];
  /** Edge keys: the edge's id, or "from->to" for an edge without one. */
  edges: string[];
  /** The config key at fault, so the inspector can show the message beside the field. */
  property?: string;
}

export interface Finding extends RuleReport {
  rule: string;
  severity: Severity;
  title: string;
  source: NotesSource;
  facts: string[];
  /** Today's fact, where the notes are outdated or wrong: what changed. */
  currentFact?: string;
}

export interface RuleMeta {
  /** Stable id, "<area>/<what-it-checks>", e.g. "sqs/fifo-dlq-must-be-fifo". */
  id: string;
  severity: Severity;
  title: string;
  /** The notes sentence this rule encodes. */
  source: NotesSource;
  /** Ids of ../shared/notes/facts.tsv rows this rule encodes. */
  facts: string[];
  /** Where the notes are outdated or wrong: today's fact and what changed. */
  currentFact?: string;
  /** For range rules: the limit, so the inspector can bound its input. */
  limit?: { kind: string; property: string; min?: number; max?: number; unit?: string };
  /**
   * For rules that explain one connection AWS does not offer (with this role, or with none),
   * so the generic design/connection-not-offered rule stays quiet on it.
   */
  connection?: { from: string; to: string; role?: EdgeRole };
}

export interface Rule extends RuleMeta {
  check(design: DesignContext): RuleReport[];
}
