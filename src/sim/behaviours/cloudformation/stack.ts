import { type Actor, createActor } from 'xstate';
import type { DesignNode } from '../../../design/schema.ts';
import { cloudFormationStackMachine, type StackOperationInput } from '../../../rules/compute/processes/cloudformation-stack.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { booleanSetting, listSetting, stringSetting } from '../../core/config.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import type { NodeReport } from '../../types.ts';
import { fedByPipeline } from '../deployment/beanstalk-environment.ts';
import { DeploymentMeasure } from '../deployment/deployment-measure.ts';
import { createTime, deleteTime } from './resource-times.ts';

interface TemplateResource {
  logicalId: string;
  type: string;
  DeletionPolicy: string;
}

type Outcome = 'deployed' | 'rolled-back' | 'failed';
const STACK = 'AWS::CloudFormation::Stack';

/**
 * A CloudFormation stack running its planned operation (at the start of the run, or when a
 * `deploy` fault or a pipeline's deploy stage names it) through the compute team's stack
 * statechart: resources are made one by one in template order, each taking its type's time; when one
 * fails, OnFailure decides (ROLLBACK deletes what was created). A delete is refused while
 * termination protection is on or another stack imports an export; DeletionPolicy Retain keeps a
 * resource.
 */
export class CloudFormationStack implements Behaviour {
  private readonly operations: DeploymentMeasure[] = [];
  private readonly values = { created: 0, deleted: 0, kept: 0, refusedByExports: 0, refusedByProtection: 0 };

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {}

  start(): void {
    const named = this.world.settings.faults.filter((fault) => fault.type === 'deploy' && (fault.node === this.node.id || (fault.node === undefined && !fedByPipeline(this.world, this.node.id))));
    if (fedByPipeline(this.world, this.node.id) && named.length === 0) return;
    if (named.length === 0) this.world.at(0, () => this.deployVersion(false));
    for (const fault of named) if (fault.type === 'deploy') this.world.at(fault.atSeconds * 1000, () => this.deployVersion(fault.failing));
  }

  private get resources(): TemplateResource[] {
    return listSetting(this.world.config(this.node), 'templateResources').map((raw) => {
      const r = (raw ?? {}) as Record<string, unknown>;
      return { logicalId: String(r.logicalId ?? ''), type: String(r.type ?? ''), DeletionPolicy: typeof r.DeletionPolicy === 'string' ? r.DeletionPolicy : 'Delete' };
    });
  }

  /** Runs the planned operation now; `failing` makes the last resource fail when failingResource names none. */
  deployVersion(failing: boolean, onDone?: (outcome: Outcome) => void): void {
    const world = this.world;
    const config = world.config(this.node);
    const resources = this.resources;
    const input: StackOperationInput = {
      operation: stringSetting(config, 'operation', 'create') as StackOperationInput['operation'],
      resources: resources.map((r) => r.logicalId),
      onFailure: stringSetting(config, 'onFailure', 'ROLLBACK') as StackOperationInput['onFailure'],
      terminationProtection: booleanSetting(config, 'terminationProtection', false),
      importedBy: world.design.edgesTo(this.node.id, { kind: STACK }).map((edge) => edge.from),
    };
    const failingResource = stringSetting(config, 'failingResource', '') || (failing ? resources[resources.length - 1]?.logicalId : undefined);
    const measure = new DeploymentMeasure(`CloudFormation ${input.operation}`, world.now, 0, 0);
    this.operations.push(measure);
    const actor = createActor(cloudFormationStackMachine, { input }).start();
    const typeOf = (id: string) => resources.find((r) => r.logicalId === id)?.type ?? '';
    const step = () => {
      const snapshot = actor.getSnapshot();
      const status = String(snapshot.value);
      if (snapshot.status === 'done') {
        this.settle(actor, status, input, resources, measure, onDone);
        return;
      }
      const next = snapshot.context.resources[snapshot.context.done.length];
      if (next === undefined) {
        actor.send({ type: 'RESOURCE_COMPLETE' });
        step();
        return;
      }
      const verb = input.operation === 'delete' ? 'DELETE' : input.operation === 'update' ? 'UPDATE' : 'CREATE';
      const time = input.operation === 'delete' ? deleteTime(typeOf(next)) : createTime(typeOf(next));
      world.after(world.random.draw(time), () => {
        const fails = next === failingResource;
        measure.steps.push(`${verb}_${fails ? 'FAILED' : 'COMPLETE'} ${next} (${typeOf(next)})`);
        world.log(world.now, this.node.id, fails ? 'resourceFailed' : 'resourceComplete', undefined, `${verb}_${fails ? 'FAILED' : 'COMPLETE'} ${next}`);
        if (!fails && input.operation === 'create') this.values.created++;
        actor.send({ type: fails ? 'RESOURCE_FAILED' : 'RESOURCE_COMPLETE' });
        step();
      });
    };
    world.log(world.now, this.node.id, 'stackOperationStarted', undefined, `${input.operation} of ${resources.length} resource(s)`);
    step();
  }

  /** The operation's end: a rollback or delete removes resources (taking their delete time), and the outcome is reported. */
  private settle(actor: Actor<typeof cloudFormationStackMachine>, status: string, input: StackOperationInput, resources: TemplateResource[], measure: DeploymentMeasure, onDone?: (outcome: Outcome) => void): void {
    const world = this.world;
    const context = actor.getSnapshot().context;
    actor.stop();
    const refusal = context.refusal;
    if (refusal) {
      if (refusal === 'exports-in-use') this.values.refusedByExports++;
      else this.values.refusedByProtection++;
      const why = refusal === 'exports-in-use' ? `another stack (${input.importedBy.join(', ')}) imports an export of this one` : 'termination protection is on';
      measure.steps.push(`DELETE refused: ${why}`);
      world.log(world.now, this.node.id, 'stageFailed', undefined, `DeleteStack refused: ${why}`);
      measure.end(world.now, 'failed', 'none');
      onDone?.('failed');
      return;
    }
    const removing = ['ROLLBACK_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE', 'DELETE_COMPLETE'].includes(status);
    const created = status === 'DELETE_COMPLETE' && input.operation === 'delete' ? resources : resources.filter((r) => context.done.includes(r.logicalId));
    const retained = input.operation === 'delete' ? created.filter((r) => r.DeletionPolicy === 'Retain' || r.DeletionPolicy === 'RetainExceptOnCreate') : [];
    const deleted = removing ? created.filter((r) => !retained.includes(r)) : [];
    let wait = 0;
    for (const resource of deleted) wait += world.random.draw(deleteTime(resource.type));
    world.after(wait, () => {
      for (const resource of [...deleted].reverse()) measure.steps.push(`DELETE_COMPLETE ${resource.logicalId}${status.includes('ROLLBACK') ? ' (rollback)' : ''}`);
      for (const resource of retained) measure.steps.push(`DELETE_SKIPPED ${resource.logicalId} (DeletionPolicy ${resource.DeletionPolicy})`);
      this.values.deleted += deleted.length;
      this.values.kept += retained.length + context.kept.length;
      measure.steps.push(status);
      const outcome: Outcome = status.endsWith('_COMPLETE') && !status.includes('ROLLBACK') ? 'deployed' : status.includes('ROLLBACK_COMPLETE') ? 'rolled-back' : 'failed';
      world.log(world.now, this.node.id, outcome === 'rolled-back' ? 'rolledBack' : outcome === 'failed' ? 'stageFailed' : 'stackOperationComplete', undefined, status);
      measure.end(world.now, outcome, outcome === 'rolled-back' ? 'delete-created-resources' : 'none');
      onDone?.(outcome);
    });
  }

  receive(work: Work, reply: Reply): void {
    reply({ ok: true, doneAt: work.at, answeredBy: this.node.id });
  }

  report(runMs: number): NodeReport | undefined {
    if (this.operations.length === 0) return undefined;
    return { deployments: this.operations.map((measure) => measure.report(runMs, 0)), values: { ...this.values } };
  }
}
