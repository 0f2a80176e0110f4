/**
 * Latency samples in fixed buckets (0.01 ms wide below 10 ms, 1 ms up to 10 s, then 100 ms):
 * constant memory for any request volume, percentiles exact to the bucket.
 */
export class LatencyHistogram {
  private readonly fine = new Uint32Array(1_000);
  private readonly medium = new Uint32Array(10_000);
  private readonly coarse = new Map<number, number>();
  count = 0;
  max = 0;

  add(ms: number): void {
    this.count++;
    if (ms > this.max) this.max = ms;
    if (ms < 10) this.fine[Math.floor(ms * 100)]!++;
    else if (ms < 10_000) this.medium[Math.floor(ms)]!++;
    else {
      const bucket = Math.floor(ms / 100);
      this.coarse.set(bucket, (this.coarse.get(bucket) ?? 0) + 1);
    }
  }

  /** The value below which a share p (0..1) of the samples fall (upper edge of its bucket). */
  percentile(p: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(p * this.count));
    let seen = 0;
    for (let i = 0; i < this.fine.length; i++) {
      seen += this.fine[i]!;
      if (seen >= rank) return Math.min(this.max, (i + 1) / 100);
    }
    for (let i = 10; i < this.medium.length; i++) {
      seen += this.medium[i]!;
      if (seen >= rank) return Math.min(this.max, i + 1);
    }
    for (const bucket of [...this.coarse.keys()].sort((a, b) => a - b)) {
      seen += this.coarse.get(bucket)!;
      if (seen >= rank) return Math.min(this.max, (bucket + 1) * 100);
    }
    return this.max;
  }

  /** p50, p95, p99 and max, as the result reports them. */
  summary(): { p50: number; p95: number; p99: number; max: number } {
    return { p50: this.percentile(0.5), p95: this.percentile(0.95), p99: this.percentile(0.99), max: this.max };
  }
}
