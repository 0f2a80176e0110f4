import type { DesignNode } from '../../../design/schema.ts';
import type { Behaviour, FailureCause } from '../../core/behaviour.ts';
import { listSetting, numberSetting } from '../../core/config.ts';
import { notePeak } from '../../core/load.ts';
import { markProcessed, type SimMessage, settle } from '../../core/message.ts';
import { type ForwardResult, Router } from '../../core/router.ts';
import type { Answer, Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';

/** Application code on instances or containers: workers process messages and pass them on. */
export class Application implements Behaviour {
  private readonly workers: number;
  private readonly durationMs: number;
  readonly router: Router;
  private running = 0;
  private down = false;
  private lostWorkers = 0;
  private readonly listeners: Array<() => void> = [];

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    const config = world.config(node);
    this.workers = Math.max(1, numberSetting(config, 'DesiredCapacity', numberSetting(config, 'DesiredCount', numberSetting(config, 'MinSize', 1))));
    this.durationMs = numberSetting(config, 'durationMs', 50);
    this.router = new Router(world, node.id);
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

  /** A node failure stops it; an AZ failure stops it only if all its instances are in that zone (an Auto Scaling group over several zones keeps the rest). */
  fail(cause: FailureCause, az: string): void {
    if (cause === 'az') {
      const zones = this.zones();
      if (!zones.includes(az)) return;
      if (zones.length > 1) {
        this.lostWorkers = Math.ceil(this.workers / zones.length);
        this.world.log(this.world.now, this.node.id, 'nodeFailed', undefined, `instances in ${az} lost; ${this.workers - this.lostWorkers} of ${this.workers} keep running in the other zones`);
        return;
      }
    }
    this.down = true;
    this.world.log(this.world.now, this.node.id, 'nodeFailed');
  }

  private zones(): string[] {
    const config = this.world.config(this.node);
    const listed = [...listSetting(config, 'AvailabilityZones'), ...listSetting(config, 'VPCZoneIdentifier')].filter((zone): zone is string => typeof zone === 'string');
    const zones = [...new Set(listed.map((zone, index) => (/[a-z]$/.test(zone) ? zone.slice(-1) : 'abc'[index % 3]!)))];
    return zones.length > 0 ? zones : [this.world.azOf(this.node)];
  }

  recover(): void {
    this.down = false;
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
