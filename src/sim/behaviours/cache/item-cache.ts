/** A cached item: the version it holds, when it was cached, whether it was read. */
export interface CachedItem {
  /** When the value it holds was written to the database. */
  writtenAt: number;
  cachedAt: number;
  reads: number;
}

/** Cached items of one cache node, by key slot (see SimWorld.slotOf). */
export class ItemCache {
  private items: Array<CachedItem | undefined> = [];
  private count = 0;
  hits = 0;
  misses = 0;

  /** A fresh item (cached less than ttlMs ago), or undefined on a miss. */
  lookup(slot: number, at: number, ttlMs: number): CachedItem | undefined {
    const item = this.items[slot];
    if (item !== undefined && at - item.cachedAt < ttlMs) {
      item.reads++;
      this.hits++;
      return item;
    }
    this.misses++;
    return undefined;
  }

  store(slot: number, writtenAt: number, at: number): void {
    const item = this.items[slot];
    if (item) {
      item.writtenAt = writtenAt;
      item.cachedAt = at;
    } else {
      // Grow densely so the array never turns into a slow dictionary.
      while (this.items.length <= slot) this.items.push(undefined);
      this.items[slot] = { writtenAt, cachedAt: at, reads: 0 };
      this.count++;
    }
  }

  clear(): void {
    this.items = [];
    this.count = 0;
  }

  get size(): number {
    return this.count;
  }

  get neverRead(): number {
    let count = 0;
    for (const item of this.items) if (item !== undefined && item.reads === 0) count++;
    return count;
  }
}
