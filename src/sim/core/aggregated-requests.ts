import type { AggregatedStreamSummary, NodeLoad } from '../types.ts';
import type { DataRequest } from './data.ts';
import { readItem, type DataPath, writeItem } from './data-path.ts';
import { CLIENT } from './kinds.ts';
import type { LatencyHistogram } from './latency.ts';
import type { SimWorld } from './world.ts';

/** What aggregated requests of one stream came to (they are not listed one by one in `messages`). */
export type AggregatedStream = AggregatedStreamSummary;

/** Stale reads of one stream worth a trace entry each (the trace keeps at most a few hundred anyway). */
const TRACED_STALE_READS = 500;

/** A client's synchronous route to its data: straight to a table or cache, or through one application hop. */
export interface DataRoute {
  /** The application between client and data, whose failures fail the request. */
  app: { id: string; load: NodeLoad; behaviour: { readonly isDown: boolean } } | undefined;
  path: DataPath;
}

/** Something in the route that can stop answering. */
interface ApplicationLike {
  readonly isDown: boolean;
  readonly router: { readonly dataPath: DataPath | undefined; readonly passesOn: readonly unknown[] };
  readonly node: { id: string };
}

function isApplicationLike(value: unknown): value is ApplicationLike {
  return typeof value === 'object' && value !== null && 'router' in value && 'isDown' in value;
}

/**
 * Finds the synchronous data route of a client, when its reads and writes go nowhere else:
 * those streams are simulated request by request in a tight loop without per-request records,
 * so 2,000 reads/s for minutes stays within a Validate click.
 */
export function dataRouteOf(world: SimWorld, clientId: string, clientPath: DataPath | undefined, clientPassesOn: readonly { to: string }[]): DataRoute | undefined {
  if (world.design.kindOf(clientId) !== CLIENT) return undefined;
  const route = findRoute(world, clientPath, clientPassesOn);
  // Writes into a table with a stream become stream records: those need a message each.
  if (route?.path.table?.store.streamsChanges || route?.path.record?.streamsChanges) return undefined;
  return route;
}

function findRoute(world: SimWorld, clientPath: DataPath | undefined, clientPassesOn: readonly { to: string }[]): DataRoute | undefined {
  if (clientPath && clientPassesOn.length === 0) return { app: undefined, path: clientPath };
  if (clientPath || clientPassesOn.length !== 1) return undefined;
  const app = world.behaviours.get(clientPassesOn[0]!.to);
  if (!isApplicationLike(app) || app.router.passesOn.length > 0 || !app.router.dataPath) return undefined;
  return {
    app: { id: app.node.id, load: world.load(app.node.id), behaviour: app },
    path: app.router.dataPath,
  };
}

/**
 * Runs one read or write along a data route and adds it to the run's counters. A request that
 * fails or is throttled counts against availability and stays out of the latency percentiles
 * (a fast error must not make a design look fast); `latency` is the stream's own histogram.
 * `request` is reused by the caller: stores read it synchronously and never keep it.
 */
export function runAggregatedRequest(world: SimWorld, route: DataRoute, summary: AggregatedStream, latency: LatencyHistogram, write: boolean, request: DataRequest): void {
  const at = request.at;
  summary.requests++;
  world.counters.requests++;
  request.from = route.app?.id ?? '';
  if (route.app && (route.app.behaviour.isDown || (world.hasConsumerErrors && world.random.chance(world.consumerErrorRate(route.app.id, at))))) {
    summary.failed++;
    route.app.load.errors++;
    return;
  }
  const answer = write ? writeItem(route.path, request) : readItem(world, route.path, request);
  if (!answer.ok) {
    if (answer.throttled) summary.throttled++;
    else summary.failed++;
    return;
  }
  const latencyMs = Math.max(0, answer.doneAt - at);
  world.latency.add(latencyMs);
  latency.add(latencyMs);
  summary.ok++;
  world.counters.requestsOk++;
  if (route.app) route.app.load.processed++;
  const staleMs = answer.staleMs ?? 0;
  if (staleMs > 0) {
    summary.staleReads++;
    world.noteStale(staleMs);
    if (summary.staleReads <= TRACED_STALE_READS && world.trace.accepts('staleRead')) world.log(answer.doneAt, answer.answeredBy, 'staleRead', undefined, `${request.key}: value ${Math.round(staleMs)} ms out of date`);
  }
}
