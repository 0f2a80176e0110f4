/**
 * When each item was written at the source, keeping the last few writes per item, so a replica
 * that is `lag` ms behind can tell which write it has applied: the latest one at least `lag` old.
 */
const KEPT_PER_ITEM = 8;

export class WriteLog {
  /** Per slot, write times in order (oldest first), at most KEPT_PER_ITEM. */
  private readonly writes: number[][] = [];

  record(slot: number, at: number): void {
    while (this.writes.length <= slot) this.writes.push([]);
    const list = this.writes[slot]!;
    list.push(at);
    if (list.length > KEPT_PER_ITEM) list.shift();
  }

  latest(slot: number): number {
    const list = this.writes[slot];
    return list && list.length > 0 ? list[list.length - 1]! : Number.NEGATIVE_INFINITY;
  }

  /** The latest write a copy `lagMs` behind has applied at time `at` (-Infinity: only the data loaded before the run). */
  appliedBy(slot: number, at: number, lagMs: number): number {
    const list = this.writes[slot];
    if (!list) return Number.NEGATIVE_INFINITY;
    const horizon = at - lagMs;
    for (let i = list.length - 1; i >= 0; i--) if (list[i]! <= horizon) return list[i]!;
    return Number.NEGATIVE_INFINITY;
  }

  /** Slots with at least one write. */
  *slots(): Iterable<number> {
    for (let slot = 0; slot < this.writes.length; slot++) if (this.writes[slot]!.length > 0) yield slot;
  }
}
