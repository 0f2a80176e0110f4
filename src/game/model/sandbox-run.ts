import { type Problem, type SimulationMetrics, simulateDesign } from '../../bridge.ts';
import { type RunSeries, runSeries } from './run-series.ts';

/** What the sandbox's traffic panel shows of a run: the totals and the charts' series. */
export type SandboxRunSummary =
  | { ok: true; metrics: SimulationMetrics; series: RunSeries; durationMs: number; errorFindings: number; aggregatedStreams: string[] }
  | { ok: false; problems: Problem[] };

/** Runs the design under the panel's traffic and faults; small enough to send back from the worker. */
export function runSandbox(design: unknown, settings: unknown): SandboxRunSummary {
  const run = simulateDesign(design, settings);
  if (!run.ok) return run;
  const { result } = run;
  return {
    ok: true,
    metrics: result.metrics,
    series: runSeries(result.messages, result.trace, result.durationMs),
    durationMs: result.durationMs,
    errorFindings: run.errorFindings,
    aggregatedStreams: Object.keys(result.aggregated ?? {}),
  };
}
