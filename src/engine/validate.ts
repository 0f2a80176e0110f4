import { createActor, toPromise } from 'xstate';
import type { Design } from '../design/schema.ts';
import type { Problem } from '../formats/problems.ts';
import { hasErrors } from '../rules/run.ts';
import type { Finding } from '../rules/types.ts';
import { validationMachine, type ValidationInput } from './validation-machine.ts';

export type ValidationStage = 'loading' | 'checkingRules' | 'verdict' | 'invalid';

export interface Verdict {
  /** False when the input is not a valid design; problems then says where. */
  valid: boolean;
  /** True when the design is valid and has no error finding. */
  ok: boolean;
  design?: Design;
  problems: Problem[];
  findings: Finding[];
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
  const { design, problems, findings } = snapshot.context;
  const valid = snapshot.value === 'verdict';
  return { valid, ok: valid && !hasErrors(findings), design, problems, findings };
}
