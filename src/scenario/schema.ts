import type { z } from 'zod';
import { PACK_FORMAT_V1, PackV1 } from './versions/pack-v1.ts';
import { NodeSelector as NodeSelectorV1, RequirementV1 } from './versions/requirements-v1.ts';
import { DesignRefV1, FailCaseV1, PassCaseV1, SCENARIO_FORMAT_V1, ScenarioV1 } from './versions/v1.ts';

/** The current scenario and pack formats: what the loaders return and the engine reads. */
export const SCENARIO_FORMAT = SCENARIO_FORMAT_V1;
export const PACK_FORMAT = PACK_FORMAT_V1;
export const ScenarioSchema = ScenarioV1;
export const PackSchema = PackV1;
export const Requirement = RequirementV1;
export const NodeSelector = NodeSelectorV1;
export const DesignRef = DesignRefV1;
export const PassCase = PassCaseV1;
export const FailCase = FailCaseV1;

/** A scenario as written in its file (design references not yet resolved). */
export type ScenarioDocument = z.infer<typeof ScenarioSchema>;
export type PackDocument = z.infer<typeof PackSchema>;
export type Requirement = z.infer<typeof Requirement>;
export type RequirementType = Requirement['type'];
export type NodeSelector = z.infer<typeof NodeSelector>;
