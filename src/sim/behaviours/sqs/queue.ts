import type { DesignEdge, DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { booleanSetting, numberSetting, stringSetting } from '../../core/config.ts';
import { notePeak } from '../../core/load.ts';
import { type SimMessage, settle } from '../../core/message.ts';
import { perMonth, SQS_FIFO_PER_MILLION_REQUESTS, SQS_REQUEST_CHUNK_BYTES, SQS_STANDARD_PER_MILLION_REQUESTS } from '../../core/prices.ts';
import type { Answer, Reply, Work } from '../../core/work.ts';
import type { SimWorld } from '../../core/world.ts';
import { consumerHasCapacity, consumersOf, type QueueConsumer } from './consumers.ts';
import { applyMessageEvent, type RedrivePolicy, retentionPeriodExpired } from './message-lifecycle.ts';
import {
  DEDUPLICATION_INTERVAL_MS,
  FIFO_CALLS_PER_SECOND,
  HIGH_THROUGHPUT_FIFO_CALLS_PER_SECOND,
  LAMBDA_POLL_LATENCY_MS,
  SQS_API_LATENCY_MS,
  STANDARD_DUPLICATE_DELIVERY_RATE,
  STANDARD_OUT_OF_ORDER_RATE,
} from './limits.ts';
import { FifoStore, type MessageStore, type QueuedMessage, StandardStore } from './stores.ts';
import { contentHash } from './content-hash.ts';

/** An SQS queue, standard or FIFO: send, delay, receive, visibility timeout, delete, redrive, retention. */
export class SqsQueue implements Behaviour {
  readonly fifo: boolean;
  private readonly contentBasedDeduplication: boolean;
  private readonly visibilityTimeoutMs: number;
  private readonly delaySeconds: number;
  private readonly retentionSeconds: number;
  private readonly maximumMessageSize: number;
  private readonly waitSeconds: number;
  private readonly highThroughput: boolean;
  private readonly store: MessageStore;
  private readonly redrive: RedrivePolicy;
  private readonly deadLetterEdge: DesignEdge | undefined;
  private consumers: QueueConsumer[] = [];
  private nextConsumer = 0;
  private dispatchScheduled = false;
  private batchingWindowOpen = false;
  private windowClosing = false;
  private readonly deduplication = new Map<string, number>();
  private readonly callsThisSecond = new Map<string, number>();
  private currentSecond = -1;
  private requests = 0;
  private idleSince: number | undefined = 0;
  private idleMs = 0;
  private inFlight = 0;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    const config = world.config(node);
    this.fifo = booleanSetting(config, 'FifoQueue', false);
    this.contentBasedDeduplication = booleanSetting(config, 'ContentBasedDeduplication', false);
    this.visibilityTimeoutMs = numberSetting(config, 'VisibilityTimeout', 30) * 1000;
    this.delaySeconds = numberSetting(config, 'DelaySeconds', 0);
    this.retentionSeconds = numberSetting(config, 'MessageRetentionPeriod', 345_600);
    this.maximumMessageSize = numberSetting(config, 'MaximumMessageSize', 1_048_576);
    this.waitSeconds = numberSetting(config, 'ReceiveMessageWaitTimeSeconds', 0);
    this.highThroughput = stringSetting(config, 'FifoThroughputLimit', 'perQueue') === 'perMessageGroupId';
    this.store = this.fifo ? new FifoStore() : new StandardStore(world.random, STANDARD_OUT_OF_ORDER_RATE);
    this.deadLetterEdge = world.design.edgesFrom(node.id, { role: 'dead-letter' })[0];
    this.redrive = {
      maxReceiveCount: this.deadLetterEdge ? numberSetting(world.edgeConfig(this.deadLetterEdge), 'maxReceiveCount', 5) : undefined,
    };
  }

  start(): void {
    this.consumers = consumersOf(this.world, this.node.id, this.waitSeconds);
    for (const consumer of this.consumers) consumer.target?.onCapacityFreed?.(() => this.scheduleDispatch());
  }

  receive(work: Work, reply: Reply): void {
    let failure: Answer | undefined;
    for (const message of work.messages) {
      const rejected = this.sendMessage(message, work);
      if (rejected) failure = rejected;
    }
    const doneAt = work.at + this.world.random.draw(SQS_API_LATENCY_MS);
    reply(failure ? { ...failure, doneAt } : { ok: true, doneAt, answeredBy: this.node.id });
  }

  /** SendMessage: checks what SQS checks, then stores the message (after its delay). */
  private sendMessage(message: SimMessage, work: Work): Answer | undefined {
    const world = this.world;
    const at = work.at;
    const edgeConfig = work.edge ? world.edgeConfig(work.edge) : {};
    this.requests += Math.max(1, Math.ceil(message.bytes / SQS_REQUEST_CHUNK_BYTES));
    if (message.bytes > this.maximumMessageSize) return this.reject(message, at, `message of ${message.bytes} bytes is over MaximumMessageSize ${this.maximumMessageSize}`, work.edge);
    let groupId: string | undefined;
    let delaySeconds = this.delaySeconds;
    if (this.fifo) {
      const groupAttribute = edgeConfig.messageGroupId ?? work.fifo?.groupAttribute;
      groupId = typeof groupAttribute === 'string' ? message.attributes[groupAttribute] : undefined;
      if (groupId === undefined) return this.reject(message, at, 'MissingParameter: a FIFO queue needs a MessageGroupId on every message', work.edge);
      if (typeof edgeConfig.delaySeconds === 'number') return this.reject(message, at, 'InvalidParameterValue: FIFO queues take no per-message DelaySeconds', work.edge);
      const dedupId = this.deduplicationId(message, edgeConfig, work);
      if (dedupId === undefined) return this.reject(message, at, 'InvalidParameterValue: no MessageDeduplicationId and ContentBasedDeduplication is off', work.edge);
      if (this.throttleFifoSend(groupId, at)) {
        world.counters.throttles++;
        world.load(this.node.id).throttled++;
        world.log(at, this.node.id, 'throttled', message, 'FIFO send rate over 300 API calls per second', work.edge);
        settle(message, 'throttled', { endedAt: this.node.id, reason: 'ThrottlingException: FIFO queue send rate exceeded' });
        return { ok: false, doneAt: at, throttled: true, reason: 'ThrottlingException' };
      }
      const scopeKey = this.highThroughput ? `${groupId}\u0000${dedupId}` : dedupId;
      const seenUntil = this.deduplication.get(scopeKey);
      if (seenUntil !== undefined && seenUntil > at) {
        // Accepted but not stored: the 5-minute deduplication interval.
        world.log(at, this.node.id, 'deduplicated', message, `deduplication id seen in the last 5 minutes`, work.edge);
        return undefined;
      }
      this.deduplication.set(scopeKey, at + DEDUPLICATION_INTERVAL_MS);
    } else if (typeof edgeConfig.delaySeconds === 'number') delaySeconds = edgeConfig.delaySeconds;

    const entry: QueuedMessage = { message, state: delaySeconds > 0 ? 'delayed' : 'available', receiveCount: 0, enqueuedAt: at, receipt: 0, groupId };
    world.log(at, this.node.id, 'messageSent', message, groupId !== undefined ? `group ${groupId}` : undefined, work.edge);
    if (delaySeconds > 0) world.log(at, this.node.id, 'delayed', message, `${delaySeconds} s`);
    world.at(at + delaySeconds * 1000, () => {
      applyMessageEvent(entry, { type: 'delayElapsed' }, this.redrive);
      this.makeAvailable(entry);
    });
    return undefined;
  }

  /** A redriven message arrives from a source queue's redrive policy. */
  acceptDeadLetter(from: QueuedMessage, sourceId: string): void {
    // A standard DLQ keeps the original enqueue time for retention; a FIFO DLQ resets it.
    const entry: QueuedMessage = { message: from.message, state: 'available', receiveCount: 0, enqueuedAt: this.fifo ? this.world.now : from.enqueuedAt, receipt: 0, groupId: from.groupId };
    this.world.load(this.node.id).received++;
    settle(from.message, 'dead-lettered', { endedAt: this.node.id, reason: `received ${from.receiveCount} times from ${sourceId}` });
    this.makeAvailable(entry);
  }

  private deduplicationId(message: SimMessage, edgeConfig: Record<string, unknown>, work: Work): string | undefined {
    const attribute = edgeConfig.deduplicationId ?? work.fifo?.deduplicationAttribute;
    if (typeof attribute === 'string') return message.attributes[attribute];
    return this.contentBasedDeduplication || work.fifo?.contentBasedDeduplication ? contentHash(message) : undefined;
  }

  private throttleFifoSend(groupId: string, at: number): boolean {
    const second = Math.floor(at / 1000);
    if (second !== this.currentSecond) {
      this.currentSecond = second;
      this.callsThisSecond.clear();
    }
    const queueCalls = (this.callsThisSecond.get('') ?? 0) + 1;
    this.callsThisSecond.set('', queueCalls);
    if (!this.highThroughput) return queueCalls > FIFO_CALLS_PER_SECOND;
    const groupKey = `g:${groupId}`;
    const groupCalls = (this.callsThisSecond.get(groupKey) ?? 0) + 1;
    this.callsThisSecond.set(groupKey, groupCalls);
    return queueCalls > HIGH_THROUGHPUT_FIFO_CALLS_PER_SECOND || groupCalls > FIFO_CALLS_PER_SECOND;
  }

  private reject(message: SimMessage, at: number, reason: string, edge: DesignEdge | undefined): Answer {
    this.world.load(this.node.id).errors++;
    this.world.log(at, this.node.id, 'sendRejected', message, reason, edge);
    settle(message, 'failed', { endedAt: this.node.id, reason });
    return { ok: false, doneAt: at, reason };
  }

  private makeAvailable(entry: QueuedMessage): void {
    this.store.add(entry);
    this.noteBusy();
    notePeak(this.world.load(this.node.id), this.store.available + this.inFlight);
    this.scheduleDispatch();
  }

  private scheduleDispatch(): void {
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    this.world.after(0, () => {
      this.dispatchScheduled = false;
      this.dispatch();
    });
  }

  /** Hands batches to consumers with capacity, round robin, until none is left or nothing can be received. */
  private dispatch(): void {
    const consumers = this.consumers;
    if (consumers.length === 0) return;
    while (this.store.available > 0) {
      const consumer = this.nextConsumerWithCapacity();
      if (!consumer) return;
      // MaximumBatchingWindowInSeconds: wait for a full batch, or until the window closes.
      if (consumer.batchingWindowMs > 0 && this.store.available < consumer.batchSize && !this.windowClosing) {
        if (!this.batchingWindowOpen) {
          this.batchingWindowOpen = true;
          this.world.after(consumer.batchingWindowMs, () => {
            this.batchingWindowOpen = false;
            this.windowClosing = true;
            this.dispatch();
            this.windowClosing = false;
          });
        }
        return;
      }
      const batch = this.receiveBatch(consumer.batchSize);
      if (batch === undefined) return;
      if (batch.length > 0) this.invokeConsumer(consumer, batch);
    }
    if (this.store.available === 0 && this.inFlight === 0) this.noteIdle();
  }

  private nextConsumerWithCapacity(): QueueConsumer | undefined {
    const n = this.consumers.length;
    for (let step = 0; step < n; step++) {
      const consumer = this.consumers[(this.nextConsumer + step) % n]!;
      if (consumerHasCapacity(consumer)) {
        this.nextConsumer = (this.nextConsumer + step + 1) % n;
        return consumer;
      }
    }
    return undefined;
  }

  /** ReceiveMessage: takes up to `max` messages; expired ones are dropped, over-received ones redriven. undefined: nothing receivable. */
  private receiveBatch(max: number): QueuedMessage[] | undefined {
    const world = this.world;
    const taken = this.store.take(max);
    if (taken.length === 0) return undefined;
    this.requests++;
    const batch: QueuedMessage[] = [];
    for (const entry of taken) {
      if (retentionPeriodExpired(entry.enqueuedAt, this.retentionSeconds, world.now)) {
        applyMessageEvent(entry, { type: 'retentionPeriodExpired' }, this.redrive);
        this.store.remove(entry);
        world.log(world.now, this.node.id, 'retentionPeriodExpired', entry.message, `older than MessageRetentionPeriod ${this.retentionSeconds} s`);
        settle(entry.message, 'expired', { endedAt: this.node.id, reason: 'MessageRetentionPeriod passed' });
        continue;
      }
      const state = applyMessageEvent(entry, { type: 'received' }, this.redrive);
      if (state === 'deadLettered') {
        this.store.remove(entry);
        this.moveToDeadLetterQueue(entry);
        continue;
      }
      entry.receipt++;
      batch.push(entry);
    }
    return batch;
  }

  private moveToDeadLetterQueue(entry: QueuedMessage): void {
    const world = this.world;
    const edge = this.deadLetterEdge!;
    world.log(world.now, this.node.id, 'maxReceivesReached', entry.message, `received ${entry.receiveCount} times (maxReceiveCount ${this.redrive.maxReceiveCount})`, edge);
    world.log(world.now, edge.to, 'movedToDeadLetterQueue', entry.message, undefined, edge);
    const dlq = world.behaviours.get(edge.to);
    if (dlq instanceof SqsQueue) dlq.acceptDeadLetter(entry, this.node.id);
    else settle(entry.message, 'dead-lettered', { endedAt: edge.to });
  }

  private invokeConsumer(consumer: QueueConsumer, batch: QueuedMessage[]): void {
    const world = this.world;
    const receipts = batch.map((entry) => entry.receipt);
    this.inFlight += batch.length;
    consumer.batchesInFlight++;
    this.noteBusy();
    for (const entry of batch) world.log(world.now, this.node.id, 'received', entry.message, `receive ${entry.receiveCount}`, consumer.edge);
    world.after(this.visibilityTimeoutMs, () => this.visibilityTimeoutExpired(batch, receipts));
    const startsAt = world.now + (consumer.isLambda ? world.random.draw(LAMBDA_POLL_LATENCY_MS) : world.random.draw(SQS_API_LATENCY_MS));
    world.deliver(consumer.edge, { messages: batch.map((entry) => entry.message), from: this.node.id, edge: consumer.edge, invocation: 'batch', at: startsAt }, (answer) => {
      consumer.batchesInFlight--;
      world.at(answer.doneAt, () => {
        this.finishBatch(consumer, batch, receipts, answer);
        this.scheduleDispatch();
      });
    });
  }

  /** The consumer is done: successful messages are deleted; failed ones wait for their visibility timeout. */
  private finishBatch(consumer: QueueConsumer, batch: QueuedMessage[], receipts: number[], answer: Answer): void {
    const world = this.world;
    if (answer.throttled) return;
    let failed: Set<SimMessage>;
    if (answer.ok) failed = new Set();
    else if (consumer.reportsBatchItemFailures && answer.failed) failed = this.fifo ? this.fromFirstFailure(batch, answer.failed) : new Set(answer.failed);
    else failed = new Set(batch.map((entry) => entry.message));
    this.requests++;
    batch.forEach((entry, index) => {
      if (failed.has(entry.message)) return;
      if (entry.state !== 'inFlight' || entry.receipt !== receipts[index]) return;
      applyMessageEvent(entry, { type: 'deleted' }, this.redrive);
      this.store.remove(entry);
      this.inFlight--;
      world.load(this.node.id).processed++;
      world.log(world.now, this.node.id, 'deleted', entry.message, undefined, consumer.edge);
      if (!this.fifo && world.random.chance(STANDARD_DUPLICATE_DELIVERY_RATE)) this.deliverAgain(entry);
    });
  }

  /** FIFO with ReportBatchItemFailures: everything after the first failure goes back too, to keep the group's order. */
  private fromFirstFailure(batch: QueuedMessage[], failed: SimMessage[]): Set<SimMessage> {
    const failedSet = new Set(failed);
    const first = batch.findIndex((entry) => failedSet.has(entry.message));
    return new Set(first < 0 ? [] : batch.slice(first).map((entry) => entry.message));
  }

  /** At-least-once: a copy on another server missed the delete and comes back later. */
  private deliverAgain(entry: QueuedMessage): void {
    const world = this.world;
    world.log(world.now, this.node.id, 'duplicateDelivered', entry.message, 'a stored copy missed the delete (at-least-once delivery)');
    const copy: QueuedMessage = { message: entry.message, state: 'available', receiveCount: 0, enqueuedAt: entry.enqueuedAt, receipt: 0, groupId: entry.groupId };
    world.after(this.visibilityTimeoutMs, () => this.makeAvailable(copy));
  }

  private visibilityTimeoutExpired(batch: QueuedMessage[], receipts: number[]): void {
    const world = this.world;
    batch.forEach((entry, index) => {
      if (entry.state !== 'inFlight' || entry.receipt !== receipts[index]) return;
      applyMessageEvent(entry, { type: 'visibilityTimeoutExpired' }, this.redrive);
      this.inFlight--;
      world.log(world.now, this.node.id, 'visibilityTimeoutExpired', entry.message, `visible again after ${this.visibilityTimeoutMs / 1000} s`);
      this.store.returnToQueue(entry);
    });
    this.noteBusy();
    this.scheduleDispatch();
  }

  finish(): void {
    const world = this.world;
    this.noteIdle();
    for (const entry of this.store.remaining()) {
      if (retentionPeriodExpired(entry.enqueuedAt, this.retentionSeconds, world.now)) settle(entry.message, 'expired', { endedAt: this.node.id, reason: 'MessageRetentionPeriod passed' });
      else settle(entry.message, 'pending', { endedAt: this.node.id, reason: this.consumers.length === 0 ? 'no consumer reads this queue' : 'still in the queue when the run ended' });
    }
  }

  private noteBusy(): void {
    if (this.idleSince !== undefined) {
      this.idleMs += Math.max(0, this.world.now - this.idleSince);
      this.idleSince = undefined;
    }
  }

  private noteIdle(): void {
    if (this.idleSince === undefined) this.idleSince = this.world.now;
  }

  /** Requests: sends (per 64 KB), receives, deletes, and the empty receives of pollers on an idle queue. */
  get requestCount(): number {
    const idle = this.idleMs + (this.idleSince !== undefined ? Math.max(0, this.world.now - this.idleSince) : 0);
    const emptyReceives = this.consumers.reduce((sum, consumer) => sum + idle * consumer.emptyReceivesPerMs, 0);
    return this.requests + emptyReceives;
  }

  monthlyCostUsd(runMs: number): number {
    const price = this.fifo ? SQS_FIFO_PER_MILLION_REQUESTS : SQS_STANDARD_PER_MILLION_REQUESTS;
    return (perMonth(this.requestCount, runMs) / 1e6) * price;
  }
}
