import type { NotesSource } from '../../catalog/types.ts';
import type { DesignContext } from '../../rules/context.ts';
import type { MessageRecord, SimulationResult } from '../../sim/types.ts';
import { NOTES } from './notes.ts';
import { traceOf } from './run-helpers.ts';

/** Why requests were slow when nothing throttled them, read from the design and the slowest request's path. */
export interface SlowCause {
  why: string;
  fix: string;
  source?: NotesSource;
  nodes: string[];
}

const CACHE_KINDS = ['AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup', 'AWS::DAX::Cluster'];

/** A wait of a second or more is work, not a lookup: it belongs off the request path. */
const SLOW_WORK_MS = 1000;

export function slowCause(context: DesignContext, run: SimulationResult, slowest: MessageRecord | undefined): SlowCause {
  const path = slowest ? [...new Set(traceOf(run, [slowest.id]).map((entry) => entry.node))].filter((node) => context.node(node)) : [];
  const onPath = (kind: string) => path.filter((node) => context.kindOf(node) === kind);
  const caches = context.nodes.filter((node) => CACHE_KINDS.includes(node.kind)).map((node) => node.id);
  // Without per-request records (an aggregated run) the design stands in for the path.
  const inDesign = (kind: string) => context.nodesOfKind(kind).map((node) => node.id);
  const apis = path.length > 0 ? onPath('AWS::ApiGateway::RestApi') : inDesign('AWS::ApiGateway::RestApi');
  const functions = onPath('AWS::Lambda::Function');
  if (slowest && (slowest.latencyMs ?? 0) >= SLOW_WORK_MS && functions.length > 0) {
    const worker = functions[functions.length - 1]!;
    return {
      why: `The caller waits while ${worker} does the whole job: a synchronous call answers only when the work is done (API Gateway gives up after its integration timeout, 29 s by default).`,
      fix: `Answer at once and do the slow work asynchronously: have ${apis[0] ?? 'the caller'} put the request on an SQS queue that ${worker} reads (or invoke it with invocationType: Event), and let the client fetch the result when it is ready.`,
      source: NOTES.durableQueue,
      nodes: [...apis, worker],
    };
  }
  if (caches.length > 0) {
    return {
      why: 'A read answered from memory takes well under a millisecond; one that misses the cache goes to the database and takes several. The percentile is set by the share of reads that miss.',
      fix: `Serve more of the reads from ${caches.join(', ')}: keep its entries long enough to be read again, and give it a replica in another Availability Zone so a node failure does not send every read to the database.`,
      source: NOTES.cacheLatency,
      nodes: caches,
    };
  }
  const uncachedApis = (apis.length > 0 ? apis : inDesign('AWS::ApiGateway::RestApi')).filter((api) => context.config(context.node(api)!).CacheClusterEnabled !== true);
  if (uncachedApis.length > 0) {
    return {
      why: `Every request to ${uncachedApis.join(', ')} runs the backend again, even when the answer is one it gave a moment ago.`,
      fix: `Enable the stage cache on ${uncachedApis.join(', ')} (CacheClusterEnabled: true, with a cacheTtlInSeconds the data can be that old) so repeated requests are answered without calling the backend.`,
      source: NOTES.apiCaching,
      nodes: uncachedApis,
    };
  }
  const tables = path.length > 0 ? onPath('AWS::DynamoDB::Table') : inDesign('AWS::DynamoDB::Table');
  if (tables.length > 0) {
    return {
      why: `Every read goes to ${tables.join(', ')}, which answers in milliseconds; only a cache in memory answers in well under one.`,
      fix: `Put a cache in front of ${tables.join(', ')} (DAX, or ElastiCache with lazy loading) for the reads that repeat.`,
      source: NOTES.cacheLatency,
      nodes: tables,
    };
  }
  return {
    why: `The slowest request spent its time in ${path.join(' → ') || 'the path the replay shows'}.`,
    fix: 'Find the stage that holds requests longest in the replay, and take its work off the request path or make it faster.',
    nodes: path,
  };
}
