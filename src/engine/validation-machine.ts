import { assign, fromPromise, setup } from 'xstate';
import { loadDesignText, loadDesignValue } from '../design/load.ts';
import type { Design } from '../design/schema.ts';
import type { LoadResult, Problem } from '../formats/problems.ts';
import { hasErrors, runRules } from '../rules/run.ts';
import type { Finding } from '../rules/types.ts';

export interface ValidationInput {
  /** Design text (JSON or YAML) or an already parsed design object. */
  source: string | unknown;
}

export interface ValidationContext {
  input: ValidationInput;
  design?: Design;
  problems: Problem[];
  findings: Finding[];
}

/** The validation pipeline as a machine, so the game can show which stage is running. */
export const validationMachine = setup({
  types: {
    context: {} as ValidationContext,
    input: {} as ValidationInput,
  },
  actors: {
    loadDesign: fromPromise<LoadResult<Design>, ValidationInput>(async ({ input }) =>
      typeof input.source === 'string' ? loadDesignText(input.source) : loadDesignValue(input.source),
    ),
    runRules: fromPromise<Finding[], Design>(async ({ input }) => runRules(input)),
  },
  guards: {
    designIsValid: ({ event }) => (event as unknown as { output: LoadResult<Design> }).output.ok,
  },
}).createMachine({
  id: 'validation',
  context: ({ input }) => ({ input, problems: [], findings: [] }),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'loadDesign',
        input: ({ context }) => context.input,
        onDone: [
          {
            guard: 'designIsValid',
            target: 'checkingRules',
            actions: assign({ design: ({ event }) => (event.output as Extract<LoadResult<Design>, { ok: true }>).value }),
          },
          {
            target: 'invalid',
            actions: assign({ problems: ({ event }) => (event.output as Extract<LoadResult<Design>, { ok: false }>).problems }),
          },
        ],
        onError: { target: 'invalid', actions: assign({ problems: ({ event }) => [unexpected(event.error)] }) },
      },
    },
    checkingRules: {
      invoke: {
        src: 'runRules',
        input: ({ context }) => context.design!,
        onDone: { target: 'verdict', actions: assign({ findings: ({ event }) => event.output }) },
        onError: { target: 'invalid', actions: assign({ problems: ({ event }) => [unexpected(event.error)] }) },
      },
    },
    verdict: { type: 'final' },
    invalid: { type: 'final' },
  },
});

function unexpected(error: unknown): Problem {
  return { path: '', message: `the check stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}` };
}

export { hasErrors };
