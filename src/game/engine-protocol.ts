import type { LevelVerdict, PackCaseResult, ValidationStage } from '../bridge.ts';
import type { SandboxRunSummary } from './model/sandbox-run.ts';

/** Messages between the page and the engine worker: a validation, a sandbox run under chosen traffic, or a pack's tests (author mode). */
export type EngineRequest =
  | { id: number; design: unknown; scenario?: unknown }
  | { id: number; design: unknown; simulate: unknown }
  | { id: number; packTest: Record<string, string> };

export type EngineReply =
  | { id: number; stage: ValidationStage }
  | { id: number; verdict: LevelVerdict }
  | { id: number; run: SandboxRunSummary }
  | { id: number; cases: PackCaseResult[] }
  | { id: number; error: string };
