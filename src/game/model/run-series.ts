import type { MessageRecord, TraceEntry } from '../../bridge.ts';

/** A run's messages over time, in equal bins: what the sandbox's charts draw. */
export interface RunSeries {
  binMs: number;
  /** Start of each bin, in virtual ms. */
  times: number[];
  /** Time from sent to first processed (or, for reads, answered) of the messages finished in each bin (ms); 0 where none finished. */
  p50: number[];
  p95: number[];
  p99: number[];
  /** Messages finished per second in each bin. */
  throughput: number[];
  /** Throttling events in each bin (429s from the trace, and requests that ended throttled). */
  throttles: number[];
  /** Messages sent and not yet finished at the end of each bin: what waits in queues and streams. */
  backlog: number[];
}

/** When a message was finished with: first processed, or (for reads) answered. */
function finishedAt(message: MessageRecord): number | undefined {
  if (message.processed.length > 0) return message.processed[0]!.at;
  if (message.latencyMs !== undefined && message.outcome === 'processed') return message.sentAt + message.latencyMs;
  return undefined;
}

/** The nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Bins the run's messages and throttling events into `bins` slices of its duration. */
export function runSeries(messages: readonly MessageRecord[], trace: readonly TraceEntry[], durationMs: number, bins = 40): RunSeries {
  const binMs = Math.max(1, Math.ceil(Math.max(durationMs, 1) / bins));
  const count = Math.max(1, Math.ceil(Math.max(durationMs, 1) / binMs));
  const latencies: number[][] = Array.from({ length: count }, () => []);
  const throttles = new Array<number>(count).fill(0);
  // +1 when a message is sent, -1 when it is finished with; the running sum is the backlog.
  const change = new Array<number>(count + 1).fill(0);
  const bin = (t: number) => Math.min(count - 1, Math.max(0, Math.floor(t / binMs)));
  for (const message of messages) {
    if (message.outcome === 'throttled') continue;
    change[bin(message.sentAt)]! += 1;
    const done = finishedAt(message);
    const ended = done ?? (message.outcome === 'pending' ? undefined : message.sentAt);
    if (ended !== undefined) change[bin(ended)]! -= 1;
    if (done !== undefined) latencies[bin(done)]!.push(done - message.sentAt);
  }
  // A throttled request is traced where it was refused; the trace is bounded, so this is a lower bound.
  for (const entry of trace) if (entry.event === 'throttled') throttles[bin(entry.t)]! += 1;
  const series: RunSeries = { binMs, times: [], p50: [], p95: [], p99: [], throughput: [], throttles, backlog: [] };
  let backlog = 0;
  for (let index = 0; index < count; index++) {
    const sorted = latencies[index]!.sort((a, b) => a - b);
    series.times.push(index * binMs);
    series.p50.push(percentile(sorted, 50));
    series.p95.push(percentile(sorted, 95));
    series.p99.push(percentile(sorted, 99));
    series.throughput.push(sorted.length / (binMs / 1000));
    backlog += change[index]!;
    series.backlog.push(backlog);
  }
  return series;
}
