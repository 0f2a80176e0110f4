import { createActor } from 'xstate';
import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { listSetting, numberSetting, objectSetting, stringSetting } from '../../core/config.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import type { NodeReport } from '../../types.ts';
import { CloudFormationStack } from '../cloudformation/stack.ts';
import { BeanstalkEnvironment } from './beanstalk-environment.ts';
import { BUILD_BASE_MS, dependencyDownloadMs } from './build-time.ts';
import { CodeDeployGroup } from './codedeploy-group.ts';
import { DeploymentMeasure } from './deployment-measure.ts';
import { pipelineExecutionMachine } from './pipeline.machine.ts';

const SOURCE_MS = { min: 5_000, max: 20_000 };
const TEST_MS = { min: 60_000, max: 180_000 };
/** A person answers a manual approval in 10–30 minutes (it fails after 7 days without one). */
const APPROVAL_MS = { min: 600_000, max: 1_800_000 };

type Category = 'Source' | 'Build' | 'Test' | 'Deploy' | 'Approval' | 'Invoke' | 'Compute';

interface Stage {
  name: string;
  category: Category;
  provider: string;
}

type Outcome = 'deployed' | 'rolled-back' | 'failed';

/**
 * A CodePipeline: a release (a `deploy` fault naming the pipeline) runs its Stages in order: source,
 * build in its CodeBuild project (longer with big uncached dependencies, failing past
 * TimeoutInMinutes), tests (a failing version fails here, before any deploy), manual approval
 * (waits for a person), deploy (the Beanstalk environment, CodeDeploy group or CloudFormation stack it points to). A
 * failed stage stops the pipeline. Without Stages: source, build if it has a project, deploy.
 */
export class Pipeline implements Behaviour {
  private readonly stages: Stage[];
  private readonly runs: DeploymentMeasure[] = [];

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    const configured = listSetting(world.config(node), 'Stages').flatMap((raw) => {
      const stage = (raw ?? {}) as Record<string, unknown>;
      const actions = Array.isArray(stage.Actions) ? stage.Actions : [];
      const first = (actions[0] ?? {}) as Record<string, unknown>;
      const type = objectSetting(first, 'ActionTypeId');
      return typeof stage.Name === 'string' ? [{ name: stage.Name, category: stringSetting(type, 'Category', 'Invoke') as Category, provider: stringSetting(type, 'Provider', '') }] : [];
    });
    this.stages = configured.length > 0 ? configured : this.inferredStages();
  }

  private inferredStages(): Stage[] {
    const kinds = this.world.design.edgesFrom(this.node.id).map((edge) => this.world.design.kindOf(edge.to));
    return [
      { name: 'Source', category: 'Source', provider: 'CodeCommit' },
      ...(kinds.includes('AWS::CodeBuild::Project') ? [{ name: 'Build', category: 'Build' as const, provider: 'CodeBuild' }] : []),
      { name: 'Deploy', category: 'Deploy', provider: '' },
    ];
  }

  start(): void {
    for (const fault of this.world.settings.faults) {
      if (fault.type !== 'deploy' || (fault.node !== undefined && fault.node !== this.node.id)) continue;
      this.world.at(fault.atSeconds * 1000, () => this.release(fault.failing));
    }
  }

  private release(failing: boolean): void {
    const world = this.world;
    const measure = new DeploymentMeasure('CodePipeline', world.now, 0, 0);
    this.runs.push(measure);
    const actor = createActor(pipelineExecutionMachine, { input: { stages: this.stages.length, firstIsApproval: this.stages[0]?.category === 'Approval' } }).start();
    const hasTests = this.stages.some((stage) => stage.category === 'Test');
    const runStage = () => {
      const snapshot = actor.getSnapshot();
      if (snapshot.status === 'done') {
        const ok = snapshot.value === 'Succeeded';
        const skipped = this.stages.slice(snapshot.context.stage + 1).map((stage) => stage.name);
        if (!ok && skipped.length > 0) measure.steps.push(`not run: ${skipped.join(', ')}`);
        world.log(world.now, this.node.id, ok ? 'pipelineSucceeded' : 'pipelineStopped', undefined, ok ? undefined : `stage ${this.stages[snapshot.context.stage]!.name} failed${skipped.length > 0 ? `; ${skipped.join(', ')} did not run` : ''}`);
        measure.end(world.now, ok ? 'deployed' : 'failed', 'none');
        actor.stop();
        return;
      }
      const stage = this.stages[snapshot.context.stage]!;
      world.log(world.now, this.node.id, 'stageStarted', undefined, `${stage.name} (${stage.category}${stage.provider ? `: ${stage.provider}` : ''})`);
      const finished = (ok: boolean, detail: string) => {
        measure.steps.push(`${stage.name}: ${ok ? 'succeeded' : 'failed'}${detail ? ` (${detail})` : ''}`);
        if (!ok) world.log(world.now, this.node.id, 'stageFailed', undefined, `${stage.name}: ${detail}`);
        actor.send({ type: stage.category === 'Approval' ? (ok ? 'approved' : 'rejected') : ok ? 'stageSucceeded' : 'stageFailed' });
        runStage();
      };
      switch (stage.category) {
        case 'Source':
          world.after(world.random.draw(SOURCE_MS), () => finished(true, ''));
          return;
        case 'Build': {
          const { ms, limitMs } = this.buildTime();
          if (ms > limitMs) world.after(limitMs, () => finished(false, `the build ran past TimeoutInMinutes (${limitMs / 60_000} min)`));
          else world.after(ms, () => finished(true, `${Math.round(ms / 1000)} s`));
          return;
        }
        case 'Test':
          world.after(world.random.draw(TEST_MS), () => finished(!failing, failing ? 'the new version fails its tests' : ''));
          return;
        case 'Approval':
          world.log(world.now, this.node.id, 'waitingForApproval', undefined, `${stage.name} waits for a person to approve`);
          world.after(world.random.draw(APPROVAL_MS), () => finished(true, 'approved'));
          return;
        case 'Deploy':
          this.deploy(failing && !hasTests, (outcome) => finished(outcome === 'deployed', outcome === 'deployed' ? '' : `the deployment ${outcome === 'rolled-back' ? 'failed and rolled back' : 'failed'}`));
          return;
        default:
          world.after(world.random.draw(SOURCE_MS), () => finished(true, ''));
      }
    };
    runStage();
  }

  /** The CodeBuild project's build: base time plus dependency downloads; its TimeoutInMinutes. */
  private buildTime(): { ms: number; limitMs: number } {
    const world = this.world;
    const edge = world.design.edgesFrom(this.node.id).find((e) => world.design.kindOf(e.to) === 'AWS::CodeBuild::Project');
    const project = edge ? world.design.node(edge.to) : undefined;
    const config = project ? world.config(project) : {};
    const download = dependencyDownloadMs(numberSetting(config, 'dependenciesMB', 0), stringSetting(objectSetting(config, 'Cache'), 'Type', 'NO_CACHE'));
    return { ms: world.random.draw(BUILD_BASE_MS) + download, limitMs: numberSetting(config, 'TimeoutInMinutes', 60) * 60_000 };
  }

  /** Deploys to every environment or deployment group the pipeline points to; done when all are. */
  private deploy(failing: boolean, done: (outcome: Outcome) => void): void {
    const targets = this.world.design.edgesFrom(this.node.id).map((edge) => this.world.behaviours.get(edge.to)).filter((b): b is BeanstalkEnvironment | CodeDeployGroup | CloudFormationStack => b instanceof BeanstalkEnvironment || b instanceof CodeDeployGroup || b instanceof CloudFormationStack);
    if (targets.length === 0) {
      this.world.after(this.world.random.draw(SOURCE_MS), () => done('deployed'));
      return;
    }
    let waiting = targets.length;
    let worst: Outcome = 'deployed';
    for (const target of targets) {
      target.deployVersion(failing, (outcome) => {
        if (outcome !== 'deployed') worst = outcome;
        if (--waiting === 0) done(worst);
      });
    }
  }

  receive(work: Work, reply: Reply): void {
    reply({ ok: true, doneAt: work.at, answeredBy: this.node.id });
  }

  report(runMs: number): NodeReport | undefined {
    if (this.runs.length === 0) return undefined;
    return { deployments: this.runs.map((measure) => measure.report(runMs, 0)) };
  }
}
