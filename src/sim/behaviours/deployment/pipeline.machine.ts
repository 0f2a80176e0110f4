import { setup } from 'xstate';
import type { Citation } from '../../core/citation.ts';

/**
 * A CodePipeline execution (pipeline.ts steps it on the virtual clock): stages run one after
 * another; a manual approval waits for an approver; a failed action fails its stage and the
 * execution stops there, the later stages never run.
 */
export const pipelineExecutionMachine = setup({
  types: {
    context: {} as { stage: number; stages: number },
    events: {} as { type: 'stageSucceeded' } | { type: 'stageFailed' } | { type: 'approved' } | { type: 'rejected' },
    input: {} as { stages: number; firstIsApproval: boolean },
  },
  guards: {
    moreStages: ({ context }) => context.stage + 1 < context.stages,
  },
  actions: {
    nextStage: ({ context }) => {
      context.stage++;
    },
  },
}).createMachine({
  id: 'pipelineExecution',
  context: ({ input }) => ({ stage: 0, stages: input.stages }),
  initial: 'runningStage',
  states: {
    runningStage: {
      on: {
        stageSucceeded: [{ guard: 'moreStages', target: 'runningStage', reenter: true, actions: 'nextStage' }, { target: 'Succeeded' }],
        stageFailed: 'Failed',
        approved: [{ guard: 'moreStages', target: 'runningStage', reenter: true, actions: 'nextStage' }, { target: 'Succeeded' }],
        rejected: 'Failed',
      },
    },
    Succeeded: { type: 'final' },
    /** The later stages do not run. */
    Failed: { type: 'final' },
  },
});

export const citations: Citation[] = [
  { section: 'CodePipeline', quote: 'If one stage of the pipeline fails, the entire process stops running', facts: ['codepipeline.stage_fail'] },
  {
    section: 'CodePipeline',
    quote: 'If the pipeline needs needs approval, add a manual approval step at the end of the flow',
    facts: ['codepipeline.approval'],
    currentFact: 'A manual approval can sit in any stage, usually before the production deploy; the execution waits there (failing if not approved within 7 days).',
  },
  {
    section: 'CodeBuild',
    quote: 'For very big dependencies, bundle them all in the source coude during the last stage of CodeBuild, thus',
    facts: ['codebuild.big_deps'],
    currentFact: 'AWS’s answer is build caching (an S3 or LOCAL cache declared in the buildspec), which restores dependencies instead of downloading them on every build.',
  },
  {
    section: 'CodeDeploy',
    quote: 'Steps: ApplicationStop --> BeforeInstall --> DownloadBundle --> AfterInstall -> ApplicationStart --> ValidateService (to verify success)',
    facts: ['codedeploy.hooks.order'],
    currentFact: 'In-place order: ApplicationStop, DownloadBundle, BeforeInstall, Install, AfterInstall, ApplicationStart, ValidateService (DownloadBundle and Install belong to the agent).',
  },
  {
    section: 'CodeDeploy',
    quote: 'A new deployment of the last known working version is deployed with a new deployment ID.',
    facts: ['codedeploy.rollback'],
  },
];
