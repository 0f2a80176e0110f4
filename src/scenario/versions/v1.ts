import { z } from 'zod';
import { SimulationSettings } from '../../sim/types.ts';
import { RequirementV1 } from './requirements-v1.ts';

/**
 * Scenario format version 1, frozen: a change old files cannot satisfy needs a v2 and a
 * migration step (src/scenario/migrate.ts).
 */
export const SCENARIO_FORMAT_V1 = 'cloudwright.scenario/1' as const;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1–63 lowercase letters, digits or "-"');

/** A design inline (format may be left out) or a path to a design file beside the scenario. */
export const DesignRefV1 = z.union([
  z.string().min(1).meta({ description: 'Path of a design file, relative to the scenario file.' }),
  z.record(z.string(), z.unknown()).meta({ description: 'A design written inline (cloudwright.design/1; format may be left out).' }),
]);

export const ObjectiveV1 = z.strictObject({
  text: z.string().min(1).max(500),
  /** A section heading of the study notes. */
  section: z.string().min(1),
  /** Ids of rows in the fact-check table (facts.tsv). */
  facts: z.array(z.string()).default([]),
});

export const PassCaseV1 = z.strictObject({ name: z.string().min(1), design: DesignRefV1 });
export const FailCaseV1 = z.strictObject({
  name: z.string().min(1),
  design: DesignRefV1,
  /** The requirement id, or the rule id of an error finding, that must fail the design. */
  failsWith: z.string().min(1),
});

export const ScenarioV1 = z.strictObject({
  format: z.literal(SCENARIO_FORMAT_V1),
  id: Id,
  title: z.string().min(1).max(200),
  chapter: z.string().min(1).max(100),
  difficulty: z.number().int().min(1).max(5),
  /** The business need, in plain words. */
  brief: z.string().min(1).max(5000),
  objectives: z.array(ObjectiveV1).min(1),
  /** The component kinds the player may place. */
  palette: z.array(z.string()).min(1),
  /** Some levels begin with a system to fix. */
  start: DesignRefV1.optional(),
  /** Traffic, faults and the seed that makes judging deterministic. */
  simulation: SimulationSettings,
  requirements: z.array(RequirementV1).min(1),
  /** Each bonus goal met earns a star beyond the first (at most three stars). */
  bonus: z.array(RequirementV1).max(2).default([]),
  /** Revealed one at a time. */
  hints: z.array(z.string().min(1).max(1000)).default([]),
  tests: z
    .strictObject({ pass: z.array(PassCaseV1).default([]), fail: z.array(FailCaseV1).default([]) })
    .default({ pass: [], fail: [] }),
});

export type ScenarioV1 = z.infer<typeof ScenarioV1>;
