/** One thing that happens at a virtual time; ties run in the order they were scheduled. */
interface ScheduledEvent {
  at: number;
  order: number;
  run: () => void;
}

/**
 * The virtual clock: a binary heap of events by (time, scheduling order). Nothing reads the wall
 * clock, so the same inputs replay the same run.
 */
export class Scheduler {
  now = 0;
  /** Events run so far (the benchmark's unit). */
  processed = 0;
  private readonly heap: ScheduledEvent[] = [];
  private order = 0;

  /** Runs `run` after `delayMs` of virtual time (0: after everything already due now). */
  after(delayMs: number, run: () => void): void {
    this.at(this.now + Math.max(0, delayMs), run);
  }

  at(time: number, run: () => void): void {
    const heap = this.heap;
    const event = { at: Math.max(time, this.now), order: this.order++, run };
    heap.push(event);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = heap[parent]!;
      if (earlier(above, event)) break;
      heap[i] = above;
      i = parent;
    }
    heap[i] = event;
  }

  get pending(): number {
    return this.heap.length;
  }

  /** Runs events in time order until none is left or the next is later than `until`. */
  runUntil(until: number): void {
    const heap = this.heap;
    while (heap.length > 0 && heap[0]!.at <= until) {
      const event = this.pop();
      this.now = event.at;
      this.processed++;
      event.run();
    }
  }

  private pop(): ScheduledEvent {
    const heap = this.heap;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      let i = 0;
      const n = heap.length;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        const child = right < n && earlier(heap[right]!, heap[left]!) ? right : left;
        if (earlier(last, heap[child]!)) break;
        heap[i] = heap[child]!;
        i = child;
      }
      heap[i] = last;
    }
    return top;
  }
}

function earlier(a: ScheduledEvent, b: ScheduledEvent): boolean {
  return a.at < b.at || (a.at === b.at && a.order < b.order);
}
