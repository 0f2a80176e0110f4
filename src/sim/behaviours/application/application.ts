import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour, FailureCause } from '../../core/behaviour.ts';
import { numberSetting, stringSetting } from '../../core/config.ts';
import { notePeak } from '../../core/load.ts';
import { markProcessed, type SimMessage, settle } from '../../core/message.ts';
import { type ForwardResult, Router } from '../../core/router.ts';
import { EC2_DEFAULT_INSTANCE_HOUR, EC2_INSTANCE_HOUR, FARGATE_TASK_HOUR, HOURS_PER_MONTH } from '../../core/prices.ts';
import type { Answer, Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import { placementOf } from './placement.ts';

/**
 * Application code on instances or containers: workers (one per instance or task) process messages
 * and pass them on. Instances are placed in Availability Zones (placement.ts), so a zone failure
 * takes only its share: a fleet over several zones keeps serving with fewer workers, a single
 * instance in the failed zone stops.
 */
export class Application implements Behaviour {
  /** The zone of each instance or task. */
  private readonly placement: string[];
  private readonly workers: number;
  private readonly durationMs: number;
  readonly router: Router;
  private running = 0;
  private down = false;
  private readonly failedZones = new Set<string>();
  private lostWorkers = 0;
  private readonly listeners: Array<() => void> = [];

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    const config = world.config(node);
    this.placement = placementOf(world, node);
    this.workers = this.placement.length;
    this.durationMs = numberSetting(config, 'durationMs', 50);
    this.router = new Router(world, node.id);
  }

  /**
   * Instance or task hours for the fleet (EC2 by InstanceType, ECS on Fargate per task, ECS on EC2
   * as the instances it needs); the run's traffic does not change it.
   */
  monthlyCostUsd(): number {
    const config = this.world.config(this.node);
    const hourly =
      this.node.kind === 'AWS::ECS::Service' && stringSetting(config, 'LaunchType', 'EC2') === 'FARGATE'
        ? FARGATE_TASK_HOUR
        : (EC2_INSTANCE_HOUR[stringSetting(config, 'InstanceType', stringSetting(config, 'instanceType', ''))] ?? EC2_DEFAULT_INSTANCE_HOUR);
    return this.workers * hourly * HOURS_PER_MONTH;
  }

  get isDown(): boolean {
    return this.down;
  }

  availableConcurrency(): number {
    return this.down ? 0 : Math.max(0, this.workers - this.lostWorkers - this.running);
  }

  onCapacityFreed(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** A node failure stops every instance; an AZ failure stops the instances in that zone, and the node only when none is left. */
  fail(cause: FailureCause, az: string): void {
    const world = this.world;
    if (cause === 'az') {
      if (this.failedZones.has(az) || !this.placement.includes(az)) return;
      this.failedZones.add(az);
      this.lostWorkers = this.placement.filter((zone) => this.failedZones.has(zone)).length;
      const left = this.workers - this.lostWorkers;
      if (left > 0) {
        world.log(world.now, this.node.id, 'nodeFailed', undefined, `${left} of ${this.workers} ${this.instanceNoun()}s keep running outside zone ${az}`);
        return;
      }
      world.log(world.now, this.node.id, 'nodeFailed', undefined, `every ${this.instanceNoun()} ran in zone ${az}`);
    }
    // A node failure is logged by the fault itself.
    this.down = true;
  }

  private instanceNoun(): string {
    return this.node.kind === 'AWS::ECS::Service' ? 'task' : 'instance';
  }

  recover(): void {
    this.down = false;
    this.failedZones.clear();
    this.lostWorkers = 0;
    for (const listener of this.listeners) listener();
  }

  receive(work: Work, reply: Reply): void {
    const world = this.world;
    // A web request is answered in line (no queueing for a worker): reads stay cheap at high rates.
    if (work.invocation === 'sync' && !this.down) {
      reply(this.handle(work, work.at));
      return;
    }
    if (work.at > world.now) {
      world.at(work.at, () => this.receive(work, reply));
      return;
    }
    if (this.down) {
      for (const message of work.messages) if (work.invocation !== 'batch') settle(message, 'failed', { endedAt: this.node.id, reason: `${this.node.id} is down` });
      reply({ ok: false, doneAt: world.now, failed: work.messages, reason: `${this.node.id} is down` });
      return;
    }
    this.running++;
    notePeak(world.load(this.node.id), this.running, this.workers);
    const answer = this.handle(work, world.now);
    world.at(answer.doneAt, () => {
      this.running--;
      reply(answer);
      for (const listener of this.listeners) listener();
    });
  }

  /** Processes the messages one after another from `start`; the answer carries its own time. */
  private handle(work: Work, start: number): Answer {
    const world = this.world;
    let t = start;
    let staleMs = 0;
    let answeredBy = this.node.id;
    let ok = true;
    let reason: string | undefined;
    const failed: SimMessage[] = [];
    for (const message of work.messages) {
      // Reads and writes cost only their calls unless the scenario gives the work a processing time.
      t += world.random.draw(message.stream.processingMs ?? (message.operation === 'send' ? this.durationMs : 0));
      if (message.poison || world.random.chance(world.consumerErrorRate(this.node.id, t))) {
        world.load(this.node.id).errors++;
        world.log(t, this.node.id, 'processingFailed', message);
        if (work.invocation === 'sync') settle(message, 'failed', { endedAt: this.node.id, reason: 'processing failed' });
        failed.push(message);
        continue;
      }
      let result: ForwardResult | undefined;
      this.router.forward(message, t, (answer) => {
        result = answer;
      });
      if (result) {
        t = Math.max(t, result.doneAt);
        staleMs = Math.max(staleMs, result.staleMs);
        answeredBy = result.answeredBy;
        if (!result.ok) {
          ok = false;
          reason = result.reason;
          if (work.invocation === 'sync') return { ok: false, doneAt: t, throttled: result.throttled, reason, staleMs, answeredBy };
          failed.push(message);
          continue;
        }
      }
      if (work.invocation !== 'sync' || message.operation === 'send') markProcessed(message, t, this.node.id);
      world.load(this.node.id).processed++;
      if (world.trace.wantsRoutine) world.log(t, this.node.id, 'processed', message);
    }
    return { ok: ok && failed.length === 0, doneAt: t, failed, staleMs, answeredBy, reason };
  }
}
