import type { Design } from '../../bridge.ts';
import { DEFAULT_TRAFFIC, type TrafficForm } from '../traffic-settings.ts';

/** One learning objective: what the level teaches, the notes section and the fact-check rows it rests on. */
export interface ObjectiveForm {
  text: string;
  section: string;
  /** Fact ids, comma-separated as typed. */
  facts: string;
}

/** A requirement or bonus goal as its form holds it: the kind's field values by name (type, id and label included). */
export type RequirementForm = Record<string, unknown>;

export interface PassCaseForm {
  name: string;
  design: Design;
}

export interface FailCaseForm extends PassCaseForm {
  /** The requirement id, or the rule id of an error finding, that must fail the design. */
  failsWith: string;
}

/**
 * Everything an instructor has entered in author mode, as plain data: it is autosaved as JSON,
 * and scenarioDocument / packFiles turn it into the files `cloudwright pack lint` reads.
 */
export interface AuthorWork {
  pack: { id: string; title: string; author: string };
  id: string;
  title: string;
  chapter: string;
  difficulty: number;
  brief: string;
  objectives: ObjectiveForm[];
  palette: string[];
  traffic: TrafficForm;
  requirements: RequirementForm[];
  bonus: RequirementForm[];
  hints: string[];
  start?: Design;
  pass: PassCaseForm[];
  fail: FailCaseForm[];
}

/** A new scenario: small enough to fill in, with the traffic panel's defaults. */
export function emptyWork(): AuthorWork {
  return {
    pack: { id: 'my-pack', title: 'My pack', author: 'An instructor' },
    id: 'my-level',
    title: 'My level',
    chapter: 'my-chapter',
    difficulty: 1,
    brief: '',
    objectives: [{ text: '', section: '', facts: '' }],
    palette: [],
    traffic: { ...DEFAULT_TRAFFIC, faults: {} },
    requirements: [],
    bonus: [],
    hints: [],
    pass: [],
    fail: [],
  };
}
