import type { DesignEdge, DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import type { Citation } from '../../core/citation.ts';
import { booleanSetting, listSetting, numberSetting } from '../../core/config.ts';
import { SQS_QUEUE } from '../../core/kinds.ts';
import { notePeak } from '../../core/load.ts';
import { markProcessed, type SimMessage, settle } from '../../core/message.ts';
import { LAMBDA_PER_GB_SECOND, LAMBDA_PER_MILLION_REQUESTS, perMonth } from '../../core/prices.ts';
import { Router } from '../../core/router.ts';
import type { Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import { type AsyncEventContext, applyAsyncEvent } from './async-invocation.ts';
import { type ConcurrencyState, concurrencyLimitReached, needsColdStart } from './concurrency.ts';
import {
  ASYNC_RETRY_DELAYS_MS,
  ASYNC_THROTTLE_RETRY_MS,
  COLD_START_MS,
  DEFAULT_MAXIMUM_EVENT_AGE_SECONDS,
  DEFAULT_MAXIMUM_RETRY_ATTEMPTS,
  INVOKE_OVERHEAD_MS,
  WARM_ENVIRONMENT_KEPT_MS,
} from './limits.ts';

interface InvocationOutcome {
  ok: boolean;
  throttled: boolean;
  failed: SimMessage[];
  doneAt: number;
  staleMs: number;
  reason?: string;
  answeredBy: string;
}

/**
 * A Lambda function: synchronous invokes, asynchronous events with retries and a failure
 * destination, and batches from pollers (SQS, Kinesis, DynamoDB Streams); concurrency limits,
 * cold starts and the Timeout.
 */
export class LambdaFunction implements Behaviour {
  private readonly timeoutMs: number;
  private readonly memoryMb: number;
  private readonly durationMs: number;
  private readonly reserved: number | undefined;
  private readonly concurrency: ConcurrencyState;
  private readonly maximumRetryAttempts: number;
  private readonly maximumEventAgeMs: number;
  private readonly failureDestinations: DesignEdge[];
  private readonly router: Router;
  /** When each idle warm execution environment last finished. */
  private readonly idleWarm: number[] = [];
  private readonly capacityListeners: Array<() => void> = [];
  private readonly stopsByEdge = new Map<DesignEdge, boolean>();
  private requests = 0;
  private billedMs = 0;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    const config = world.config(node);
    this.timeoutMs = numberSetting(config, 'Timeout', 3) * 1000;
    this.memoryMb = numberSetting(config, 'MemorySize', 128);
    this.durationMs = numberSetting(config, 'durationMs', 100);
    const reserved = config.ReservedConcurrentExecutions;
    this.reserved = typeof reserved === 'number' ? reserved : undefined;
    if (this.reserved !== undefined) world.lambdaAccount.reserved += this.reserved;
    this.concurrency = { running: 0, limit: this.reserved ?? Number.POSITIVE_INFINITY, provisioned: numberSetting(config, 'provisionedConcurrency', 0) };
    this.maximumRetryAttempts = numberSetting(config, 'MaximumRetryAttempts', DEFAULT_MAXIMUM_RETRY_ATTEMPTS);
    this.maximumEventAgeMs = numberSetting(config, 'MaximumEventAgeInSeconds', DEFAULT_MAXIMUM_EVENT_AGE_SECONDS) * 1000;
    const onFailure = world.design.edgesFrom(node.id, { role: 'on-failure' });
    this.failureDestinations = onFailure.length > 0 ? onFailure : world.design.edgesFrom(node.id, { role: 'dead-letter' });
    this.router = new Router(world, node.id);
  }

  /** Reserved functions have their own cap; the others share what the Region's pool has left. */
  private get limit(): number {
    if (this.reserved !== undefined) return this.reserved;
    const account = this.world.lambdaAccount;
    return this.concurrency.running + Math.max(0, account.limit - account.reserved - account.unreservedInUse);
  }

  availableConcurrency(): number {
    return Math.max(0, this.limit - this.concurrency.running);
  }

  onCapacityFreed(listener: () => void): void {
    this.capacityListeners.push(listener);
  }

  receive(work: Work, reply: Reply): void {
    if (work.at > this.world.now) {
      this.world.at(work.at, () => this.receive(work, reply));
      return;
    }
    if (work.invocation === 'async') this.acceptEvents(work, reply);
    else
      this.invoke(work, (outcome) => {
        if (work.invocation === 'sync') this.settleSync(work, outcome);
        reply({ ok: outcome.ok, doneAt: outcome.doneAt, failed: outcome.failed, throttled: outcome.throttled, reason: outcome.reason, staleMs: outcome.staleMs, answeredBy: outcome.answeredBy });
      });
  }

  private settleSync(work: Work, outcome: InvocationOutcome): void {
    if (outcome.throttled) for (const message of work.messages) settle(message, 'throttled', { endedAt: this.node.id, reason: '429 TooManyRequestsException' });
    else for (const message of outcome.failed) settle(message, 'failed', { endedAt: this.node.id, reason: outcome.reason ?? 'function error' });
  }

  /** One invocation: throttled at the concurrency limit, else cold or warm start, the handler over the batch, the Timeout. */
  private invoke(work: Work, done: (outcome: InvocationOutcome) => void): void {
    const world = this.world;
    const now = world.now;
    const load = world.load(this.node.id);
    this.concurrency.limit = this.limit;
    if (concurrencyLimitReached(this.concurrency)) {
      load.throttled++;
      world.counters.throttles++;
      world.log(now, this.node.id, 'throttled', work.messages[0], `concurrency limit ${this.concurrency.limit} reached: 429 TooManyRequestsException`, work.edge);
      done({ ok: false, throttled: true, failed: work.messages, doneAt: now + world.random.draw(INVOKE_OVERHEAD_MS), reason: '429 TooManyRequestsException', staleMs: 0, answeredBy: this.node.id });
      return;
    }
    const warm = this.takeWarmEnvironment(now);
    this.startInvocation();
    this.requests++;
    let t = now + world.random.draw(INVOKE_OVERHEAD_MS);
    if (warm) {
      world.log(now, this.node.id, 'invoked', work.messages[0], 'warm', work.edge);
    } else {
      const coldStart = world.random.draw(COLD_START_MS);
      world.log(now, this.node.id, 'coldStart', work.messages[0], `${Math.round(coldStart)} ms to initialise`, work.edge);
      t += coldStart;
    }
    const start = t;
    const deadline = start + this.timeoutMs;
    const stopsAtFirstFailure = this.stopsAtFirstFailure(work.edge);
    const forwards = this.router.forwardsAnything;
    const failed: SimMessage[] = [];
    let staleMs = 0;
    let answeredBy = this.node.id;
    let reason: string | undefined;
    let timedOut = false;
    for (const message of work.messages) {
      if (timedOut || (failed.length > 0 && stopsAtFirstFailure)) {
        failed.push(message);
        continue;
      }
      const handlerMs = world.random.draw(message.stream.processingMs ?? this.durationMs);
      if (t + handlerMs > deadline) {
        timedOut = true;
        t = deadline;
        reason = `Task timed out after ${this.timeoutMs / 1000} seconds`;
        world.log(t, this.node.id, 'invocationTimedOut', message, reason);
        failed.push(message);
        continue;
      }
      t += handlerMs;
      if (message.poison || world.random.chance(world.consumerErrorRate(this.node.id, t))) {
        reason = message.poison ? 'the handler fails on this message (poison message)' : 'the handler threw an error';
        load.errors++;
        world.log(t, this.node.id, 'processingFailed', message, reason);
        failed.push(message);
        continue;
      }
      let forwarded: { ok: boolean; doneAt: number; staleMs: number; answeredBy: string; reason?: string } | undefined;
      if (forwards)
        this.router.forward(message, t, (result) => {
          forwarded = result;
        });
      if (forwarded) {
        t = Math.max(t, forwarded.doneAt);
        staleMs = Math.max(staleMs, forwarded.staleMs);
        answeredBy = forwarded.answeredBy;
        if (!forwarded.ok) {
          reason = forwarded.reason ?? 'a downstream call failed';
          load.errors++;
          world.log(t, this.node.id, 'processingFailed', message, reason);
          failed.push(message);
          continue;
        }
      }
      // A synchronous read or write is processed where it is answered (the client records it).
      if (work.invocation !== 'sync' || message.operation === 'send') markProcessed(message, t, this.node.id);
      load.processed++;
      world.log(t, this.node.id, 'processed', message);
    }
    const end = t;
    this.billedMs += Math.max(1, Math.ceil(end - start));
    world.at(end, () => {
      this.finishInvocation(end);
      done({ ok: failed.length === 0, throttled: false, failed, doneAt: end, staleMs, reason, answeredBy });
    });
  }

  /**
   * Whether the handler stops at the first failed message of a batch: always without
   * ReportBatchItemFailures (the error fails the whole batch), and with it for a FIFO queue, where
   * AWS requires the function to stop and report the failed message and every one after it, so
   * the group's order holds. With a standard queue it reports each failure and goes on.
   */
  private stopsAtFirstFailure(edge: DesignEdge | undefined): boolean {
    if (edge === undefined) return true;
    let stops = this.stopsByEdge.get(edge);
    if (stops === undefined) {
      const reports = listSetting(this.world.edgeConfig(edge), 'FunctionResponseTypes').includes('ReportBatchItemFailures');
      const source = this.world.design.node(edge.from);
      const fromFifoQueue = source?.kind === SQS_QUEUE && booleanSetting(this.world.config(source), 'FifoQueue', false);
      stops = !reports || fromFifoQueue;
      this.stopsByEdge.set(edge, stops);
    }
    return stops;
  }

  private startInvocation(): void {
    this.concurrency.running++;
    if (this.reserved === undefined) this.world.lambdaAccount.unreservedInUse++;
    notePeak(this.world.load(this.node.id), this.concurrency.running, Number.isFinite(this.limit) ? this.limit : undefined);
  }

  private finishInvocation(at: number): void {
    this.concurrency.running--;
    if (this.reserved === undefined) this.world.lambdaAccount.unreservedInUse--;
    this.idleWarm.push(at);
    for (const listener of this.capacityListeners) listener();
  }

  /** A warm environment is reused when one is idle, or provisioned concurrency covers this invocation. */
  private takeWarmEnvironment(now: number): boolean {
    while (this.idleWarm.length > 0 && now - this.idleWarm[0]! > WARM_ENVIRONMENT_KEPT_MS) this.idleWarm.shift();
    if (needsColdStart(this.concurrency, this.idleWarm.length)) return false;
    if (this.concurrency.running >= this.concurrency.provisioned) this.idleWarm.pop();
    return true;
  }

  /** Asynchronous invocation: Lambda queues the event and answers 202 at once, then attempts it. */
  private acceptEvents(work: Work, reply: Reply): void {
    const world = this.world;
    for (const message of work.messages) {
      const event: AsyncEventContext = { state: 'queued', retries: 0, maximumRetryAttempts: this.maximumRetryAttempts, hasFailureDestination: this.failureDestinations.length > 0 };
      const receivedAt = world.now;
      world.log(receivedAt, this.node.id, 'eventQueued', message, undefined, work.edge);
      world.after(world.random.draw(INVOKE_OVERHEAD_MS), () => this.attemptEvent(message, event, receivedAt, work.edge, ASYNC_THROTTLE_RETRY_MS.first));
    }
    reply({ ok: true, doneAt: work.at + world.random.draw(INVOKE_OVERHEAD_MS), answeredBy: this.node.id });
  }

  private attemptEvent(message: SimMessage, event: AsyncEventContext, receivedAt: number, edge: DesignEdge | undefined, throttleBackoffMs: number): void {
    const world = this.world;
    if (world.now - receivedAt >= this.maximumEventAgeMs) {
      applyAsyncEvent(event, { type: 'maximumEventAgeReached' });
      this.giveUpOnEvent(message, event, 'MaximumEventAgeInSeconds reached');
      return;
    }
    applyAsyncEvent(event, event.state === 'queued' ? { type: 'attempt' } : { type: 'retryTimerElapsed' });
    this.invoke({ messages: [message], from: edge?.from ?? this.node.id, edge, invocation: 'async', at: world.now }, (outcome) => {
      if (outcome.throttled) {
        applyAsyncEvent(event, { type: 'throttled' });
        world.after(throttleBackoffMs, () => this.attemptEvent(message, event, receivedAt, edge, Math.min(ASYNC_THROTTLE_RETRY_MS.max, throttleBackoffMs * 2)));
        return;
      }
      if (outcome.ok) {
        applyAsyncEvent(event, { type: 'invocationSucceeded' });
        return;
      }
      const retryIndex = event.retries;
      const state = applyAsyncEvent(event, { type: 'functionError' });
      if (state === 'waitingToRetry') {
        const delay = ASYNC_RETRY_DELAYS_MS[Math.min(retryIndex, ASYNC_RETRY_DELAYS_MS.length - 1)]!;
        world.log(world.now, this.node.id, 'retryScheduled', message, `retry ${event.retries} of ${this.maximumRetryAttempts} in ${delay / 1000} s`);
        world.after(delay, () => this.attemptEvent(message, event, receivedAt, edge, throttleBackoffMs));
      } else this.giveUpOnEvent(message, event, `failed ${event.retries + 1} attempts`);
    });
  }

  private giveUpOnEvent(message: SimMessage, event: AsyncEventContext, why: string): void {
    const world = this.world;
    if (event.state === 'sentToDestination') {
      for (const edge of this.failureDestinations) {
        world.log(world.now, this.node.id, 'sentToDestination', message, `${why}: sent to ${edge.to} (${edge.role})`, edge);
        world.deliver(edge, { messages: [message], from: this.node.id, edge, invocation: 'async', at: world.now }, () => {});
      }
      settle(message, 'dead-lettered', { endedAt: this.failureDestinations[0]!.to, reason: why });
      return;
    }
    world.log(world.now, this.node.id, 'eventLost', message, `${why}; no dead-letter queue or on-failure destination`);
    settle(message, 'lost', { endedAt: this.node.id, reason: `${why}; the function has no dead-letter queue or on-failure destination` });
  }

  monthlyCostUsd(runMs: number): number {
    const requests = perMonth(this.requests, runMs);
    const gbSeconds = perMonth((this.billedMs / 1000) * (this.memoryMb / 1024), runMs);
    return (requests / 1e6) * LAMBDA_PER_MILLION_REQUESTS + gbSeconds * LAMBDA_PER_GB_SECOND;
  }
}

/** The cost model charges what the notes price (src/sim/core/prices.ts). */
export const citations: Citation[] = [
  {
    section: 'Lambda',
    quote: 'Lambda is priced based on number of requests',
    facts: ['lambda.pricing.requests'],
    currentFact: '$0.20 per million requests plus duration billed per 1 ms by memory (GB-seconds); the free tier is 1 million requests and 400,000 GB-s a month.',
  },
];
