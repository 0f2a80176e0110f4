import type { LevelVerdict, ValidationStage } from '../bridge.ts';

/** Messages between the page and the engine worker. */
export interface EngineRequest {
  id: number;
  design: unknown;
  scenario?: unknown;
}

export type EngineReply = { id: number; stage: ValidationStage } | { id: number; verdict: LevelVerdict } | { id: number; error: string };
