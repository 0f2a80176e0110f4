import { createActor, toPromise } from 'xstate';
import type { Design } from '../design/schema.ts';
import type { Problem } from '../formats/problems.ts';
import { hasErrors } from '../rules/run.ts';
import type { Finding } from '../rules/types.ts';
import type { ScenarioVerdict } from '../scenario/judge.ts';
import { validationMachine, type ValidationInput } from './validation-machine.ts';

export type ValidationStage = 'loading' | 'checkingRules' | 'simulating' | 'judging' | 'verdict' | 'invalid';

/**
 * The engine's answer (the game calls this through src/bridge.ts; keep it stable):
 * - valid: false when the input is not a valid design; problems says where.
 * - ok: the design is valid and has no error finding.
 * - scenario (only when a scenario was given): { id, passed, stars (0–3), requirements: [{ id,
 *   label, type, passed, message, why, fix, nodes, edges, source?, trace? }], metrics?, bonus: [...] }.
 *   Judging is deterministic: the simulation is seeded from the scenario.
 */
export interface Verdict {
  valid: boolean;
  ok: boolean;
  design?: Design;
  problems: Problem[];
  findings: Finding[];
  scenario?: ScenarioVerdict;
}

/** Runs the validation machine to its verdict, reporting each stage as it starts. */
export async function validate(input: ValidationInput, onStage?: (stage: ValidationStage) => void): Promise<Verdict> {
  const actor = createActor(validationMachine, { input });
  if (onStage) {
    let last: string | undefined;
    actor.subscribe((snapshot) => {
      const stage = String(snapshot.value) as ValidationStage;
      if (stage !== last) onStage(stage);
      last = stage;
    });
  }
  actor.start();
  await toPromise(actor);
  const snapshot = actor.getSnapshot();
  const { design, problems, findings, scenario } = snapshot.context;
  const valid = snapshot.value === 'verdict';
  return { valid, ok: valid && !hasErrors(findings), design, problems, findings, ...(valid && scenario ? { scenario } : {}) };
}

export type { ValidationInput } from './validation-machine.ts';
