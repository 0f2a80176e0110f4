import type { SimulationMetrics } from '../types.ts';
import type { SimWorld } from './world.ts';

/** Metrics from a finished run; `outOfOrder` comes from findOutOfOrder. */
export function computeMetrics(world: SimWorld, runMs: number, outOfOrder: number): SimulationMetrics {
  let processed = 0;
  let duplicates = 0;
  let lost = 0;
  let deadLettered = 0;
  for (const message of world.messages) {
    const record = message.record;
    if (record.outcome === 'processed') processed++;
    else if (record.outcome === 'lost' || record.outcome === 'expired') lost++;
    else if (record.outcome === 'dead-lettered') deadLettered++;
    if (record.processed.length > 1) {
      const seen = new Set<string>();
      for (const entry of record.processed) {
        if (seen.has(entry.by)) duplicates++;
        else seen.add(entry.by);
      }
    }
  }
  const costByNode: Record<string, number> = {};
  let monthlyCostUsd = 0;
  for (const [id, behaviour] of world.behaviours) {
    const cost = behaviour.monthlyCostUsd?.(runMs);
    if (cost === undefined || cost === 0) continue;
    const rounded = Math.round(cost * 100) / 100;
    costByNode[id] = rounded;
    monthlyCostUsd += cost;
  }
  for (const summary of world.aggregated.values()) processed += summary.ok;
  let aggregatedSent = 0;
  for (const summary of world.aggregated.values()) aggregatedSent += summary.requests;
  const latency = world.latency;
  const sent = world.messages.length + aggregatedSent;
  return {
    sent,
    processed,
    duplicates,
    outOfOrder,
    lost,
    deadLettered,
    throttles: world.counters.throttles,
    staleReads: world.counters.staleReads,
    maxStalenessMs: Math.round(world.counters.maxStalenessMs),
    latencyMs: latency.summary(),
    throughputPerSecond: runMs > 0 ? processed / (runMs / 1000) : 0,
    availability: sent > 0 ? world.counters.requestsOk / sent : 1,
    monthlyCostUsd: Math.round(monthlyCostUsd * 100) / 100,
    costByNode,
    load: Object.fromEntries(world.loads),
  };
}
