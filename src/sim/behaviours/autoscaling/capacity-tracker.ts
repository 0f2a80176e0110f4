import type { CapacityReport } from '../../types.ts';

/** Follows a fleet's in-service count over virtual time: the lowest it fell, and how long it stayed below desired. */
export class CapacityTracker {
  private inService: number;
  private since = 0;
  private lowest: number;
  private belowMs = 0;
  private restoredAt: number | undefined;
  replaced = 0;

  constructor(private readonly desired: number) {
    this.inService = desired;
    this.lowest = desired;
  }

  update(now: number, inService: number): void {
    if (inService === this.inService) return;
    if (this.inService < this.desired) this.belowMs += now - this.since;
    if (this.inService < this.desired && inService >= this.desired) this.restoredAt = now;
    this.inService = inService;
    this.since = now;
    if (inService < this.lowest) this.lowest = inService;
  }

  report(endMs: number): CapacityReport {
    const below = this.belowMs + (this.inService < this.desired ? Math.max(0, endMs - this.since) : 0);
    return {
      desired: this.desired,
      minInService: this.lowest,
      minShare: this.desired > 0 ? this.lowest / this.desired : 1,
      belowDesiredMs: Math.round(below),
      ...(this.restoredAt !== undefined ? { restoredAtMs: Math.round(this.restoredAt) } : {}),
      replaced: this.replaced,
    };
  }
}
