import type { SimMessage } from '../../core/message.ts';
import type { SeededRandom } from '../../core/random.ts';
import type { QueuedMessageState } from './message-lifecycle.ts';

/** A message while it sits in one queue (a copy: fan-out and redelivery make more than one). */
export interface QueuedMessage {
  message: SimMessage;
  state: QueuedMessageState;
  receiveCount: number;
  /** For retention. */
  enqueuedAt: number;
  /** Increments per receive: a consumer finishing with an older receipt no longer holds the message. */
  receipt: number;
  groupId: string | undefined;
}

/** Where available messages wait; standard and FIFO queues hand them out differently. */
export interface MessageStore {
  add(entry: QueuedMessage): void;
  /** Up to `max` available messages for one receive, in the order the queue hands them out. */
  take(max: number): QueuedMessage[];
  /** A received message is visible again (visibility timeout expired or a failed batch). */
  returnToQueue(entry: QueuedMessage): void;
  /** A taken message left the queue for good (deleted, dead-lettered, expired); only taken messages leave. */
  remove(entry: QueuedMessage): void;
  readonly available: number;
  /** Every message still in the queue, in flight or not. */
  remaining(): QueuedMessage[];
}

/**
 * Standard queue: at-least-once, best-effort order. Occasionally a receive returns a message from a
 * little further back (out of order); the queue itself adds occasional duplicate deliveries.
 */
export class StandardStore implements MessageStore {
  private queue: QueuedMessage[] = [];
  private head = 0;
  private readonly inFlight = new Set<QueuedMessage>();

  constructor(
    private readonly random: SeededRandom,
    private readonly outOfOrderRate: number,
  ) {}

  get available(): number {
    return this.queue.length - this.head;
  }

  add(entry: QueuedMessage): void {
    this.queue.push(entry);
  }

  take(max: number): QueuedMessage[] {
    const batch: QueuedMessage[] = [];
    while (batch.length < max && this.head < this.queue.length) {
      // Best-effort ordering: a message stored on another server sometimes answers first.
      if (this.available > 1 && this.random.chance(this.outOfOrderRate)) {
        const other = this.head + 1 + this.random.index(Math.min(this.available - 1, 8));
        const first = this.queue[this.head]!;
        this.queue[this.head] = this.queue[other]!;
        this.queue[other] = first;
      }
      const entry = this.queue[this.head++]!;
      this.inFlight.add(entry);
      batch.push(entry);
    }
    this.compact();
    return batch;
  }

  returnToQueue(entry: QueuedMessage): void {
    this.inFlight.delete(entry);
    this.queue.push(entry);
  }

  remove(entry: QueuedMessage): void {
    this.inFlight.delete(entry);
  }

  remaining(): QueuedMessage[] {
    return [...this.queue.slice(this.head), ...this.inFlight];
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}

interface MessageGroup {
  id: string;
  /** Messages of the group in order, in flight ones first. */
  messages: QueuedMessage[];
  inFlight: number;
}

/**
 * FIFO queue: order within a message group; a group with messages in flight is blocked, so one
 * batch per group is processed at a time while other groups go on in parallel. A batch may hold
 * several groups when the first has fewer messages than the batch size.
 */
export class FifoStore implements MessageStore {
  private readonly groups = new Map<string, MessageGroup>();
  private order: MessageGroup[] = [];
  private cursor = 0;
  private availableCount = 0;

  get available(): number {
    return this.availableCount;
  }

  add(entry: QueuedMessage): void {
    const id = entry.groupId ?? '';
    let group = this.groups.get(id);
    if (!group) {
      group = { id, messages: [], inFlight: 0 };
      this.groups.set(id, group);
      this.order.push(group);
    }
    group.messages.push(entry);
    this.availableCount++;
  }

  /**
   * As many messages of one group as possible, then (with room left) messages of other available
   * groups, each group's in order: SQS may fill a FIFO batch from several groups.
   */
  take(max: number): QueuedMessage[] {
    const n = this.order.length;
    let batch: QueuedMessage[] | undefined;
    let next = this.cursor;
    for (let step = 0; step < n; step++) {
      const group = this.order[(this.cursor + step) % n]!;
      if (group.inFlight > 0 || group.messages.length === 0) continue;
      const room = max - (batch?.length ?? 0);
      const taken = group.messages.length <= room ? group.messages.slice() : group.messages.slice(0, room);
      group.inFlight = taken.length;
      this.availableCount -= taken.length;
      if (batch === undefined) {
        batch = taken;
        next = (this.cursor + step + 1) % n;
      } else batch.push(...taken);
      if (batch.length >= max) break;
    }
    this.cursor = next;
    return batch ?? [];
  }

  /** Whether any group could hand out a batch now (not every available message is receivable). */
  get receivable(): boolean {
    for (const group of this.order) if (group.inFlight === 0 && group.messages.length > 0) return true;
    return false;
  }

  returnToQueue(entry: QueuedMessage): void {
    const group = this.groups.get(entry.groupId ?? '');
    if (!group) return;
    group.inFlight--;
    this.availableCount++;
  }

  remove(entry: QueuedMessage): void {
    const group = this.groups.get(entry.groupId ?? '');
    if (!group) return;
    const index = group.messages.indexOf(entry);
    if (index < 0) return;
    group.messages.splice(index, 1);
    group.inFlight = Math.max(0, group.inFlight - 1);
    if (group.messages.length === 0) this.dropGroup(group);
  }

  remaining(): QueuedMessage[] {
    return this.order.flatMap((group) => group.messages);
  }

  private dropGroup(group: MessageGroup): void {
    this.groups.delete(group.id);
    const index = this.order.indexOf(group);
    this.order.splice(index, 1);
    if (this.cursor > index) this.cursor--;
    if (this.cursor >= this.order.length) this.cursor = 0;
  }
}
