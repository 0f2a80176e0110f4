import type { DesignEdge, DesignNode } from '../../../design/schema.ts';
import type { Behaviour } from '../../core/behaviour.ts';
import { numberSetting, objectSetting } from '../../core/config.ts';
import { markProcessed, type SimMessage } from '../../core/message.ts';
import { FIREHOSE_PER_GB, perMonth } from '../../core/prices.ts';
import type { Reply, Work } from '../../core/work.ts';
import { deliveryDestinations } from '../../core/work-edges.ts';
import type { SimWorld } from '../../core/world.ts';
import { type BufferingHints, bufferFull, DEFAULT_BUFFERING } from './buffer.ts';

/** Firehose bills ingestion in 5 KB increments per record. */
const BILLING_INCREMENT_BYTES = 5 * 1024;
const DELIVERY_MS = { min: 200, max: 1_000 };

/** A Firehose delivery stream: buffers records and delivers each buffer to its destinations (S3, Redshift, OpenSearch, HTTP). */
export class DeliveryStream implements Behaviour {
  private readonly hints: BufferingHints;
  private destinations: DesignEdge[] = [];
  private buffer: SimMessage[] = [];
  private bufferedBytes = 0;
  private flushTimer = 0;
  private billedBytes = 0;

  constructor(
    readonly node: DesignNode,
    private readonly world: SimWorld,
  ) {
    const hints = objectSetting(world.config(node), 'BufferingHints');
    this.hints = {
      intervalMs: numberSetting(hints, 'IntervalInSeconds', DEFAULT_BUFFERING.intervalMs / 1000) * 1000,
      sizeBytes: numberSetting(hints, 'SizeInMBs', DEFAULT_BUFFERING.sizeBytes / 1_048_576) * 1_048_576,
    };
  }

  start(): void {
    this.destinations = deliveryDestinations(this.world.design, this.node.id);
  }

  receive(work: Work, reply: Reply): void {
    const world = this.world;
    if (work.at > world.now) {
      world.at(work.at, () => this.receive(work, reply));
      return;
    }
    for (const message of work.messages) {
      this.billedBytes += Math.ceil(message.bytes / BILLING_INCREMENT_BYTES) * BILLING_INCREMENT_BYTES;
      if (this.buffer.length === 0) this.startInterval();
      this.buffer.push(message);
      this.bufferedBytes += message.bytes;
      if (bufferFull(this.bufferedBytes, this.hints)) this.deliver('buffer size reached');
    }
    reply({ ok: true, doneAt: world.now, answeredBy: this.node.id });
  }

  private startInterval(): void {
    const timer = ++this.flushTimer;
    this.world.after(this.hints.intervalMs, () => {
      if (timer === this.flushTimer && this.buffer.length > 0) this.deliver('buffer interval elapsed');
    });
  }

  /** Delivers the buffer: each destination holds the records from then on. */
  private deliver(why: string): void {
    const world = this.world;
    const batch = this.buffer;
    this.buffer = [];
    this.bufferedBytes = 0;
    this.flushTimer++;
    const at = world.now + world.random.draw(DELIVERY_MS);
    for (const edge of this.destinations) {
      world.log(at, this.node.id, 'bufferDelivered', batch[0], `${batch.length} records (${why})`, edge);
      world.load(edge.to).received += batch.length;
      world.load(edge.to).processed += batch.length;
      for (const message of batch) markProcessed(message, at, edge.to);
    }
    world.load(this.node.id).processed += batch.length;
  }

  finish(): void {
    for (const message of this.buffer) message.record.reason ??= 'still buffered in the delivery stream when the run ended';
  }

  monthlyCostUsd(runMs: number): number {
    return (perMonth(this.billedBytes, runMs) / 1024 ** 3) * FIREHOSE_PER_GB;
  }
}
