import type { LevelVerdict, ValidationStage } from '../bridge.ts';
import type { SandboxRunSummary } from './model/sandbox-run.ts';

/** Messages between the page and the engine worker: a validation, or a sandbox run under chosen traffic. */
export type EngineRequest = { id: number; design: unknown; scenario?: unknown } | { id: number; design: unknown; simulate: unknown };

export type EngineReply =
  | { id: number; stage: ValidationStage }
  | { id: number; verdict: LevelVerdict }
  | { id: number; run: SandboxRunSummary }
  | { id: number; error: string };
