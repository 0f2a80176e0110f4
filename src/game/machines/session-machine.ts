import { assign, fromPromise, setup } from 'xstate';
import type { Design, Finding, LevelVerdict, ValidationStage } from '../../bridge.ts';

export type SessionMode = 'level' | 'sandbox';

export interface SessionInput {
  mode: SessionMode;
  /** How many hints the level has, revealed one at a time. */
  hintCount?: number;
  /** The design as it is now (the editor model owns it). */
  currentDesign: () => Design;
  /** Runs the engine: in the browser a Web Worker, in tests the engine in-process. */
  validate: (design: Design, onStage: (stage: ValidationStage) => void) => Promise<LevelVerdict>;
  /** Live findings for the sandbox, recomputed on every edit. */
  liveFindings?: (design: Design) => Finding[];
  /** Called once a level is passed, with its stars. */
  onPassed?: (stars: number) => void;
}

export interface SessionContext extends SessionInput {
  hintsShown: number;
  stage?: ValidationStage;
  verdict?: LevelVerdict;
  /** The design changed since the verdict was given. */
  verdictStale: boolean;
  findings: Finding[];
  error?: string;
}

export type SessionEvent =
  | { type: 'start' }
  | { type: 'validate' }
  | { type: 'validation.stage'; stage: ValidationStage }
  | { type: 'design.changed' }
  | { type: 'hint' }
  | { type: 'keepBuilding' }
  | { type: 'nextLevel' };

/**
 * A level from brief to debrief: read the brief, build, validate (the canvas stays live while the
 * engine works), then either fix what failed or collect the stars. The sandbox skips the brief and
 * checks every edit live.
 */
export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as SessionInput,
  },
  actors: {
    runEngine: fromPromise<LevelVerdict, { context: SessionContext; report: (stage: ValidationStage) => void }>(({ input }) =>
      input.context.validate(input.context.currentDesign(), input.report),
    ),
  },
  guards: {
    isSandbox: ({ context }) => context.mode === 'sandbox',
    levelPassed: ({ event }) => (event as unknown as { output: LevelVerdict }).output.passed,
    hintsLeft: ({ context }) => context.hintsShown < (context.hintCount ?? 0),
  },
  actions: {
    refreshLiveFindings: assign(({ context }) => ({ findings: context.liveFindings?.(context.currentDesign()) ?? context.findings })),
    markVerdictStale: assign(({ context }) => ({ verdictStale: context.verdict !== undefined })),
    showNextHint: assign(({ context }) => ({ hintsShown: context.hintsShown + 1 })),
    recordStage: assign(({ event }) => ({ stage: event.type === 'validation.stage' ? event.stage : undefined })),
    keepVerdict: assign(({ event }) => {
      const verdict = (event as unknown as { output: LevelVerdict }).output;
      return { verdict, verdictStale: false, findings: verdict.findings, stage: undefined, error: undefined };
    }),
    keepError: assign(({ event }) => {
      const error = (event as unknown as { error: unknown }).error;
      return { error: `The check stopped: ${error instanceof Error ? error.message : String(error)}`, stage: undefined };
    }),
    recordStars: ({ context }) => {
      if (context.verdict?.passed) context.onPassed?.(context.verdict.stars);
    },
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => ({ ...input, hintsShown: 0, verdictStale: false, findings: [] }),
  initial: 'starting',
  on: {
    hint: { guard: 'hintsLeft', actions: 'showNextHint' },
  },
  states: {
    starting: {
      always: [{ guard: 'isSandbox', target: 'building', actions: 'refreshLiveFindings' }, { target: 'brief' }],
    },
    brief: {
      on: { start: 'building' },
    },
    building: {
      on: {
        validate: 'validating',
        'design.changed': { actions: ['markVerdictStale', 'refreshLiveFindings'] },
      },
    },
    validating: {
      invoke: {
        src: 'runEngine',
        input: ({ context, self }) => ({ context, report: (stage: ValidationStage) => self.send({ type: 'validation.stage', stage }) }),
        onDone: [
          { guard: 'isSandbox', target: 'building', actions: 'keepVerdict' },
          { guard: 'levelPassed', target: 'debrief', actions: ['keepVerdict', 'recordStars'] },
          { target: 'building', actions: 'keepVerdict' },
        ],
        onError: { target: 'building', actions: 'keepError' },
      },
      on: {
        'validation.stage': { actions: 'recordStage' },
        'design.changed': { actions: 'refreshLiveFindings' },
      },
    },
    debrief: {
      on: {
        keepBuilding: 'building',
        nextLevel: 'finished',
        'design.changed': { target: 'building', actions: ['markVerdictStale', 'refreshLiveFindings'] },
      },
    },
    finished: { type: 'final' },
  },
});
