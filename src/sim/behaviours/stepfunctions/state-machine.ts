import type { DesignEdge, DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { numberSetting, objectSetting, stringSetting } from '../../core/config.ts';
import { markProcessed, type SimMessage, settle } from '../../core/message.ts';
import { perMonth, STEP_FUNCTIONS_PER_THOUSAND_TRANSITIONS } from '../../core/prices.ts';
import type { Answer, Reply, Work } from '../../core/work.ts';
import { taskResources } from '../../core/work-edges.ts';
import type { SimWorld } from '../../core/world.ts';
import type { NodeReport, TrafficStream } from '../../types.ts';
import { DefinitionError, defaultWorkflow, errorOf, matches, parseDefinition, retryDelayMs, type Workflow, type WorkflowState } from './definition.ts';

/** StartExecution answers once the execution is recorded. */
const START_MS = { min: 10, max: 30 };
/** Moving from one state to the next. */
const TRANSITION_MS = { min: 5, max: 20 };
/** Express workflows run at most 5 minutes; Standard up to a year. */
const EXPRESS_MAX_MS = 5 * 60_000;
const STANDARD_MAX_MS = 365 * 24 * 3_600_000;

interface Execution {
  message: SimMessage;
  startedAt: number;
  /** Each task's share of the job: the work splits evenly over the Task states. */
  stepStream: TrafficStream;
  reply: Reply | undefined;
  /** Consumer completions of the steps, copied to the message when the execution succeeds. */
  steps: Array<{ at: number; by: string }>;
}

/**
 * A Step Functions state machine: each execution runs its workflow's states in order, calling the
 * Task resources (the functions it points to) synchronously, retrying a failed task as its Retry
 * says, handing the error to its Catch, and tracking every step. A job longer than Lambda's 900 s
 * splits over the Task states, each running its share.
 */
export class StateMachine implements Behaviour {
  private readonly workflow: Workflow;
  private readonly express: boolean;
  private readonly taskCount: number;
  private readonly jobMs: number;
  private readonly edges = new Map<string, DesignEdge>();
  private readonly stepStreams = new Map<string, TrafficStream>();
  private readonly values = { executions: 0, succeeded: 0, failed: 0, retries: 0, caught: 0, transitions: 0, timedOut: 0 };

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    const config = world.config(node);
    this.express = stringSetting(config, 'StateMachineType', 'STANDARD') === 'EXPRESS';
    this.jobMs = numberSetting(config, 'expectedDurationSeconds', 60) * 1000;
    // Only what a Task can call: a log group, X-Ray or an alarm on the workflow is no step.
    for (const edge of taskResources(world.design, node.id)) this.edges.set(edge.to, edge);
    const definition = objectSetting(config, 'Definition');
    // A definition the run cannot follow stops the run with an error naming the place (DefinitionError).
    this.workflow = Object.keys(definition).length > 0 ? parseDefinition(definition, `${node.id}.config.Definition`) : defaultWorkflow([...this.edges.keys()]);
    for (const [name, state] of Object.entries(this.workflow.states)) {
      if (state.type === 'Task' && !this.edges.has(state.resource)) throw new DefinitionError(`${node.id}.config.Definition.States.${name}.Resource: "${state.resource}" is not a node this state machine has an edge to that a Task can call (a function, table, bucket, topic, queue, email identity or state machine)`);
    }
    this.taskCount = Math.max(1, Object.values(this.workflow.states).filter((state) => state.type === 'Task').length);
  }

  receive(work: Work, reply: Reply): void {
    const world = this.world;
    const sync = work.edge !== undefined && stringSetting(world.edgeConfig(work.edge), 'invocationType', 'StartExecution') === 'StartSyncExecution';
    for (const message of work.messages) {
      const startedAt = work.at + world.random.draw(START_MS);
      const execution: Execution = { message, startedAt, stepStream: this.stepStreamOf(message.stream), reply: sync ? reply : undefined, steps: [] };
      this.values.executions++;
      world.load(this.node.id).processed++;
      if (!sync) reply({ ok: true, doneAt: startedAt, answeredBy: this.node.id });
      if (this.workflow.startAt === '') this.end(execution, startedAt, true, 'the workflow has no states');
      else world.at(startedAt, () => this.enter(execution, this.workflow.startAt, startedAt));
    }
  }

  /** The stream each task's call carries: the job's processing time split over the Task states. */
  private stepStreamOf(stream: TrafficStream): TrafficStream {
    let step = this.stepStreams.get(stream.id);
    if (!step) {
      const job = stream.processingMs ?? this.jobMs;
      const share = typeof job === 'number' ? job / this.taskCount : { min: job.min / this.taskCount, max: job.max / this.taskCount };
      step = { ...stream, processingMs: share };
      this.stepStreams.set(stream.id, step);
    }
    return step;
  }

  private enter(execution: Execution, name: string, at: number): void {
    const state = this.workflow.states[name]!;
    this.values.transitions++;
    const limit = this.express ? EXPRESS_MAX_MS : STANDARD_MAX_MS;
    if (at - execution.startedAt > limit) {
      this.values.timedOut++;
      this.end(execution, at, false, `the execution ran past the ${this.express ? 'Express 5-minute' : 'Standard 1-year'} limit (States.Timeout)`);
      return;
    }
    this.runState(execution, name, state, at, 0);
  }

  private runState(execution: Execution, name: string, state: WorkflowState, at: number, attempt: number): void {
    const world = this.world;
    switch (state.type) {
      case 'Pass':
        this.next(execution, state.next, at + world.random.draw(TRANSITION_MS));
        return;
      case 'Succeed':
        this.end(execution, at, true);
        return;
      case 'Fail':
        this.end(execution, at, false, `the workflow reached a Fail state (${state.error})`);
        return;
      case 'Task':
        break;
    }
    const edge = this.edges.get(state.resource)!;
    const step = this.stepMessage(execution);
    world.log(at, this.node.id, 'stepStarted', execution.message, `${name}${attempt > 0 ? ` (retry ${attempt})` : ''} calls ${state.resource}`, edge);
    world.deliver(edge, { messages: [step], from: this.node.id, edge, invocation: 'sync', at }, (answer: Answer) => {
      const doneAt = Math.max(at, answer.doneAt);
      if (answer.ok) {
        for (const entry of step.record.processed) execution.steps.push(entry);
        this.next(execution, state.next, doneAt + world.random.draw(TRANSITION_MS));
        return;
      }
      const error = errorOf(answer.reason, answer.throttled ?? false);
      world.log(doneAt, this.node.id, 'stepFailed', execution.message, `${name}: ${error}${answer.reason ? ` (${answer.reason})` : ''}`);
      const retrier = state.retry.find((r) => matches(r.errorEquals, error));
      if (retrier && attempt < retrier.maxAttempts) {
        this.values.retries++;
        const wait = retryDelayMs(retrier, attempt + 1);
        world.log(doneAt, this.node.id, 'stepRetried', execution.message, `${name} retries in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 2} of ${retrier.maxAttempts + 1})`);
        world.at(doneAt + wait, () => this.runState(execution, name, state, doneAt + wait, attempt + 1));
        return;
      }
      const catcher = state.catch.find((c) => matches(c.errorEquals, error));
      if (catcher) {
        this.values.caught++;
        world.log(doneAt, this.node.id, 'caught', execution.message, `${name}'s Catch hands ${error} to ${catcher.next}`);
        this.next(execution, catcher.next, doneAt + world.random.draw(TRANSITION_MS));
        return;
      }
      this.end(execution, doneAt, false, `${name} failed with ${error}${state.retry.length === 0 ? ' and has no Retry' : ' after its retries'}`);
    });
  }

  /** A copy of the message for one task call: the function's outcome is the step's, the execution decides the message's. */
  private stepMessage(execution: Execution): SimMessage {
    const message = execution.message;
    return { ...message, stream: execution.stepStream, record: { ...message.record, processed: [], outcome: 'pending' }, outcomeRank: -1 };
  }

  private next(execution: Execution, name: string | undefined, at: number): void {
    if (name === undefined) {
      this.end(execution, at, true);
      return;
    }
    this.world.at(at, () => this.enter(execution, name, at));
  }

  private end(execution: Execution, at: number, ok: boolean, reason?: string): void {
    const world = this.world;
    const message = execution.message;
    if (ok) {
      this.values.succeeded++;
      for (const entry of execution.steps) message.record.processed.push(entry);
      markProcessed(message, at, this.node.id);
      world.log(at, this.node.id, 'executionSucceeded', message, `after ${Math.round((at - execution.startedAt) / 1000)} s`);
    } else {
      this.values.failed++;
      world.load(this.node.id).errors++;
      settle(message, 'failed', { endedAt: this.node.id, reason: reason ?? 'the execution failed' });
      world.log(at, this.node.id, 'executionFailed', message, reason);
    }
    execution.reply?.({ ok, doneAt: at, answeredBy: this.node.id, ...(ok ? {} : { reason, failed: [message] }) });
  }

  /** Standard workflows bill state transitions; Express (per request and duration) is not priced here. */
  monthlyCostUsd(runMs: number): number {
    if (this.express) return 0;
    return (perMonth(this.values.transitions, runMs) / 1000) * STEP_FUNCTIONS_PER_THOUSAND_TRANSITIONS;
  }

  report(): NodeReport {
    return { values: { ...this.values } };
  }
}
