import { assign, fromPromise, setup } from 'xstate';
import { loadDesignText, loadDesignValue } from '../design/load.ts';
import type { Design } from '../design/schema.ts';
import type { LoadResult, Problem } from '../formats/problems.ts';
import { hasErrors, runRules } from '../rules/run.ts';
import type { Finding } from '../rules/types.ts';
import { judgeScenario, needsRun, type ScenarioVerdict } from '../scenario/judge.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { SimulationResult, SimulationSettings } from '../sim/types.ts';
import { simulateDesign } from './simulator.ts';

/** Runs a design under a scenario's traffic and faults (src/sim/simulate.ts by default). */
export type Simulator = (design: Design, settings: SimulationSettings) => SimulationResult;

export interface ValidationInput {
  /** Design text (JSON or YAML) or an already parsed design object. */
  source: string | unknown;
  /** With a scenario, the design is also simulated and judged against its requirements. */
  scenario?: Scenario;
  /** Replaces the simulation (tests, tools); defaults to src/sim/simulate.ts. */
  simulate?: Simulator;
}

export interface ValidationContext {
  input: ValidationInput;
  design?: Design;
  problems: Problem[];
  findings: Finding[];
  run?: SimulationResult;
  runError?: string;
  scenario?: ScenarioVerdict;
}

type RunOutcome = { run: SimulationResult } | { error: string };

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
    simulate: fromPromise<RunOutcome, { design: Design; scenario: Scenario; simulate?: Simulator }>(async ({ input }) => {
      // A design the simulation cannot run is judged as such, never crashes the check.
      try {
        return { run: (input.simulate ?? simulateDesign)(input.design, input.scenario.simulation) };
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    }),
    judge: fromPromise<ScenarioVerdict, ValidationContext>(async ({ input }) =>
      judgeScenario(input.input.scenario!, input.design!, input.findings, { run: input.run, runError: input.runError }),
    ),
  },
  guards: {
    designIsValid: ({ event }) => (event as unknown as { output: LoadResult<Design> }).output.ok,
    scenarioNeedsRun: ({ context }) => context.input.scenario !== undefined && needsRun(context.input.scenario),
    scenarioGiven: ({ context }) => context.input.scenario !== undefined,
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
        onDone: [
          { guard: 'scenarioNeedsRun', target: 'simulating', actions: assign({ findings: ({ event }) => event.output }) },
          { guard: 'scenarioGiven', target: 'judging', actions: assign({ findings: ({ event }) => event.output }) },
          { target: 'verdict', actions: assign({ findings: ({ event }) => event.output }) },
        ],
        onError: { target: 'invalid', actions: assign({ problems: ({ event }) => [unexpected(event.error)] }) },
      },
    },
    simulating: {
      invoke: {
        src: 'simulate',
        input: ({ context }) => ({ design: context.design!, scenario: context.input.scenario!, simulate: context.input.simulate }),
        onDone: {
          target: 'judging',
          actions: assign(({ event }) => ('run' in event.output ? { run: event.output.run } : { runError: event.output.error })),
        },
        onError: { target: 'judging', actions: assign({ runError: ({ event }) => String(event.error) }) },
      },
    },
    judging: {
      invoke: {
        src: 'judge',
        input: ({ context }) => context,
        onDone: { target: 'verdict', actions: assign({ scenario: ({ event }) => event.output }) },
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
