import { componentFor } from '../../catalog/index.ts';
import type { SimulationResult } from '../../sim/types.ts';
import { capacityCause } from './capacity-cause.ts';
import { costDrivers } from './cost-drivers.ts';
import { NOTES } from './notes.ts';
import { at, because, type Evaluator, failed, passed, seconds } from './result.ts';
import { count, describeFault, faultWindow, messagesOf, percentile, throttledNodes, traceOf, withoutRun } from './run-helpers.ts';
import { slowCause } from './slow-cause.ts';
import { unansweredCause } from './unanswered-cause.ts';

const PERCENT = { p50: 50, p95: 95, p99: 99, max: 100 } as const;

export const latency: Evaluator<'latency'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const records = messagesOf(run, requirement.stream).filter((record) => record.latencyMs !== undefined);
  const summary = requirement.stream !== undefined ? run.aggregated?.[requirement.stream] : undefined;
  const p = PERCENT[requirement.percentile];
  const value =
    records.length > 0 ? percentile(records.map((r) => r.latencyMs!), p) : (summary?.latencyMs ?? run.metrics.latencyMs)[requirement.percentile];
  const total = records.length || summary?.requests || run.metrics.sent;
  const shown = `${requirement.percentile} latency was ${value.toFixed(2)} ms`;
  if (value <= requirement.atMostMs) return passed(`The ${shown} (bound ${requirement.atMostMs} ms).`);
  const byWindow = input.scenario.simulation.faults.flatMap((fault, index) => {
    if (fault.type !== 'node-failure' && fault.type !== 'az-failure' && fault.type !== 'burst') return [];
    if (records.length > 0) {
      const span = faultWindow(fault, run.durationMs);
      const during = records.filter((r) => r.sentAt >= span.from && r.sentAt < span.to).map((r) => r.latencyMs!);
      const before = records.filter((r) => r.sentAt < span.from).map((r) => r.latencyMs!);
      return [`before ${describeFault(fault)} it was ${percentile(before, p).toFixed(2)} ms, during it ${percentile(during, p).toFixed(2)} ms`];
    }
    const during = summary?.duringFaults?.[index]?.latencyMs;
    return during ? [`during ${describeFault(fault)} it was ${during[requirement.percentile].toFixed(2)} ms`] : [];
  });
  const slowest = records.length > 0 ? records.reduce((a, b) => (b.latencyMs! > a.latencyMs! ? b : a)) : undefined;
  // Throttled requests wait for retries; without throttles, the slowest request's path says what held it.
  const cause = capacityCause(input.context, run) ?? slowCause(input.context, run, slowest);
  const source = requirement.notes ?? cause.source;
  return failed({
    message: `The ${shown} over ${count(total)} requests; the bound is ${requirement.atMostMs} ms${byWindow.length > 0 ? ` (${byWindow.join('; ')})` : ''}.${run.metrics.throttles > 0 ? ` ${count(run.metrics.throttles)} requests were throttled.` : ''}`,
    why: because(cause.why, source),
    fix: cause.fix,
    nodes: cause.nodes,
    edges: [],
    source,
    ...(slowest ? { trace: traceOf(run, [slowest.id]) } : { trace: eventsTrace(run, /throttl|miss|fail|lost/i) }),
  });
};

/** The trace entries whose event matches, bounded: for requirements about the run as a whole. */
function eventsTrace(run: SimulationResult, event: RegExp) {
  return run.trace.filter((entry) => event.test(entry.event)).slice(0, 60);
}

export const throughput: Evaluator<'throughput'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const value = run.metrics.throughputPerSecond;
  if (value >= requirement.atLeastPerSecond) return passed(`Throughput was ${value.toFixed(1)}/s (goal ${requirement.atLeastPerSecond}/s).`);
  const capacity = capacityCause(input.context, run);
  const source = requirement.notes ?? capacity?.source;
  return failed({
    message: `Throughput was ${value.toFixed(1)} per second; the goal is at least ${requirement.atLeastPerSecond}.`,
    why: because(`The slowest stage sets the pace of the whole path.${capacity ? ` ${capacity.why}` : ''}`, source),
    fix: capacity?.fix ?? 'Find the stage where work waits longest in the replay, and give it more concurrency or capacity.',
    nodes: capacity?.nodes ?? [],
    edges: [],
    source,
  });
};

export const throttles: Evaluator<'throttles'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  if (run.metrics.throttles <= requirement.atMost) return passed(`${count(run.metrics.throttles)} requests were throttled (at most ${requirement.atMost} allowed).`);
  const capacity = capacityCause(input.context, run);
  const source = requirement.notes ?? capacity?.source;
  const first = run.trace.find((entry) => /throttl/i.test(entry.event));
  const detail = throttledNodes(run).map((entry) => `${entry.node}: ${count(entry.throttled)}`).join(', ');
  return failed({
    message: `${count(run.metrics.throttles)} requests were throttled (${detail})${first ? `, the first at ${at(first.t)}` : ''}; at most ${requirement.atMost} are allowed.`,
    why: because(capacity?.why ?? 'A request beyond a component\'s capacity is refused.', source),
    fix: capacity?.fix ?? 'Give the throttled components the capacity the traffic needs.',
    nodes: capacity?.nodes ?? [],
    edges: [],
    source,
    trace: run.trace.filter((entry) => /throttl/i.test(entry.event)).slice(0, 60),
  });
};

export const staleness: Evaluator<'staleness'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const bound = requirement.atMostSeconds * 1000;
  const records = messagesOf(run, requirement.stream).filter((record) => record.staleMs !== undefined);
  const stale = records.filter((record) => record.staleMs! > bound);
  const summary = requirement.stream !== undefined ? run.aggregated?.[requirement.stream] : undefined;
  // A loop, not Math.max(...): a run can hold hundreds of thousands of records.
  const worstMs = records.length > 0 ? records.reduce((worst, r) => Math.max(worst, r.staleMs!), 0) : (summary?.maxStalenessMs ?? run.metrics.maxStalenessMs);
  if (stale.length === 0 && worstMs <= bound) return passed(`The stalest read was ${seconds(worstMs)} s old (bound ${requirement.atMostSeconds} s).`);
  const worst = stale.reduce((a, b) => (b.staleMs! > a.staleMs! ? b : a), stale[0] ?? records[0]!);
  const source = requirement.notes ?? NOTES.lazyLoading;
  const caches = input.context.nodes.filter((node) => /ElastiCache|DAX/.test(node.kind)).map((node) => node.id);
  return failed({
    message: `${worst ? `A read at ${at(worst.sentAt)} returned data ${seconds(worst.staleMs!)} s old` : `The stalest read was ${seconds(worstMs)} s old`}; the bound is ${requirement.atMostSeconds} s${records.length > 0 ? ` (${count(stale.length)} reads were staler)` : ''}.`,
    why: because('With lazy loading a cached entry is not updated when the table changes; it stays until its TTL expires.', source),
    fix: `Set the cache's TTL to at most ${requirement.atMostSeconds} s, or update the cache on every write (write-through).`,
    nodes: caches,
    edges: [],
    source,
    trace: worst ? traceOf(run, [worst.id]) : eventsTrace(run, /stale|expired|write/i),
  });
};

/** Requests answered out of those sent, from per-request records, or the run's per-stream totals. */
function answeredShare(run: SimulationResult, stream: string | undefined, faultIndex: number | undefined, span: { from: number; to: number }) {
  const all = messagesOf(run, stream);
  if (all.length > 0) {
    const records = all.filter((record) => record.sentAt >= span.from && record.sentAt < span.to);
    const answered = records.filter((record) => record.outcome === 'processed').length;
    return { share: records.length > 0 ? answered / records.length : 1, requests: records.length, scope: 'window' as const, first: records.find((r) => r.outcome !== 'processed') };
  }
  const summary = stream !== undefined ? run.aggregated?.[stream] : undefined;
  const during = faultIndex !== undefined ? summary?.duringFaults?.[faultIndex] : undefined;
  if (during) return { share: during.requests > 0 ? during.ok / during.requests : 1, requests: during.requests, scope: 'window' as const, first: undefined };
  if (summary) return { share: summary.requests > 0 ? summary.ok / summary.requests : 1, requests: summary.requests, scope: 'run' as const, first: undefined };
  return { share: run.metrics.availability, requests: run.metrics.sent, scope: 'run' as const, first: undefined };
}

export const availability: Evaluator<'availability'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const fault = requirement.duringFault !== undefined ? input.scenario.simulation.faults[requirement.duringFault] : undefined;
  const span = fault ? faultWindow(fault, run.durationMs) : { from: 0, to: Number.POSITIVE_INFINITY };
  const { share, requests, scope, first } = answeredShare(run, requirement.stream, requirement.duringFault, span);
  // Without per-request data for the window, the whole run is judged (a stricter share would be needed to pass).
  const during = fault ? (scope === 'window' ? ` during ${describeFault(fault)} (from ${at(span.from)})` : ` over the whole run, ${describeFault(fault)} included`) : '';
  const shown = `${(share * 100).toFixed(2)}% of ${count(requests)} requests were answered${during}`;
  if (share >= requirement.atLeast) return passed(`${shown}.`);
  const cause = unansweredCause(input.context, run, input.scenario.simulation.faults, first);
  const source = requirement.notes ?? cause.source;
  return failed({
    message: `${shown}; the goal is ${(requirement.atLeast * 100).toFixed(2)}%.${first ? ` The first miss: ${first.id} at ${at(first.sentAt)}, ${first.outcome}${first.reason ? ` (${first.reason})` : ''}.` : ''}${run.metrics.throttles > 0 ? ` ${count(run.metrics.throttles)} requests were throttled.` : ''}`,
    why: because(cause.why, source),
    fix: cause.fix,
    nodes: cause.nodes,
    edges: [],
    source,
    trace: first ? traceOf(run, [first.id]) : eventsTrace(run, /fail|lost|throttl|down/i),
  });
};

export const monthlyCost: Evaluator<'monthly-cost'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const counted = Object.entries(run.metrics.costByNode).filter(
    ([node]) => !requirement.kinds || requirement.kinds.includes(input.context.kindOf(node) ?? ''),
  );
  const cost = requirement.kinds ? counted.reduce((sum, [, usd]) => sum + usd, 0) : run.metrics.monthlyCostUsd;
  const what = requirement.kinds ? `The ${requirement.kinds.map(kindLabel).join(' and ')} cost` : 'The design costs';
  if (cost <= requirement.atMostUsd) return passed(`${what} about $${cost.toFixed(2)} a month (budget $${requirement.atMostUsd}).`);
  const top = counted.sort((a, b) => b[1] - a[1]).slice(0, 3);
  const drivers = costDrivers(top, (node) => input.context.kindOf(node));
  const source = requirement.notes ?? drivers.source;
  return failed({
    message: `${what} about $${cost.toFixed(2)} a month at this traffic; the budget is $${requirement.atMostUsd}. Biggest: ${top.map(([node, usd]) => `${node} $${usd.toFixed(2)}`).join(', ')}.`,
    why: because(`AWS bills each component for what it provisions or what it serves. ${drivers.why}`.trim(), source),
    fix: drivers.fix,
    nodes: top.map(([node]) => node).filter((node) => input.context.node(node)),
    edges: [],
    source,
  });
};

function kindLabel(kind: string): string {
  return componentFor(kind)?.label ?? kind;
}
