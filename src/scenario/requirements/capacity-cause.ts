import type { NotesSource } from '../../catalog/types.ts';
import type { DesignContext } from '../../rules/context.ts';
import type { SimulationResult } from '../../sim/types.ts';
import { NOTES } from './notes.ts';
import { throttledNodes } from './run-helpers.ts';

/** Why a run refused requests, read from the node that throttled most: its kind, its settings and what it refused. */
export interface CapacityCause {
  /** The behaviour behind the refusals, in plain words. */
  why: string;
  fix: string;
  source?: NotesSource;
  /** The throttled nodes, most throttled first. */
  nodes: string[];
}

/** Undefined when nothing was throttled. */
export function capacityCause(context: DesignContext, run: SimulationResult): CapacityCause | undefined {
  const throttled = throttledNodes(run);
  const nodes = throttled.map((entry) => entry.node).filter((node) => context.node(node));
  const top = nodes[0];
  if (top === undefined) return undefined;
  switch (context.kindOf(top)) {
    case 'AWS::DynamoDB::Table':
      return { ...(cacheFellThrough(context, run, top) ?? tableCause(run, top)), nodes };
    case 'AWS::Lambda::Function':
      return { ...functionCause(context, top), nodes };
    case 'AWS::Kinesis::Stream':
      return {
        why: `Each shard of ${top} takes at most 1,000 records or 1 MB a second; a put beyond that gets ProvisionedThroughputExceededException.`,
        fix: `Give ${top} more shards (ShardCount), or switch it to on-demand (StreamModeDetails.StreamMode: ON_DEMAND), and use a partition key with many values so the records spread over the shards.`,
        source: NOTES.shardCapacity,
        nodes,
      };
    case 'AWS::ApiGateway::RestApi':
      return {
        why: `${top}'s stage throttle (a token bucket: throttlingRateLimit requests a second, throttlingBurstLimit at once) answers 429 Too Many Requests beyond it.`,
        fix: `Raise ${top}'s throttlingRateLimit and throttlingBurstLimit above the traffic, or answer repeated requests from the stage cache so fewer reach the backend.`,
        source: NOTES.apiThrottling,
        nodes,
      };
    case 'AWS::SQS::Queue':
      return {
        why: `A FIFO queue accepts 300 send calls a second (3,000 messages with batching) unless high throughput is on; ${top} refused the sends beyond that.`,
        fix: `Send to ${top} in batches, or turn on high throughput (DeduplicationScope: messageGroup, FifoThroughputLimit: perMessageGroupId) with many message groups.`,
        nodes,
      };
    default:
      return {
        why: `${top} refused the requests beyond its capacity.`,
        fix: `Give ${top} more capacity, or put a queue in front of it so it takes the work at its own pace.`,
        nodes,
      };
  }
}

/**
 * A table behind a cache throttles when the cache stops answering for it: DAX passes strongly
 * consistent reads straight through, and a cache node with no replica takes its hits down with it.
 */
function cacheFellThrough(context: DesignContext, run: SimulationResult, table: string): Omit<CapacityCause, 'nodes'> | undefined {
  const caches = context.edgesTo(table, { role: 'none' }).map((edge) => edge.from).filter((node) => /ElastiCache|DAX/.test(context.kindOf(node) ?? ''));
  for (const cache of caches) {
    const strong = context.edgesTo(cache, { role: 'none' }).filter((edge) => context.edgeConfig(edge).consistentRead === true);
    if (context.kindOf(cache) === 'AWS::DAX::Cluster' && strong.length > 0) {
      return {
        why: `DAX does not cache strongly consistent reads: it passes every one of them through ${cache} to ${table}, which refuses what its read capacity cannot serve.`,
        fix: `Read through ${cache} with eventually consistent reads (consistentRead: false on ${strong.map((edge) => context.edgeKey(edge)).join(', ')}); keep strongly consistent reads for the few that need them.`,
        source: NOTES.daxConsistency,
      };
    }
    if (run.trace.some((entry) => entry.node === cache && entry.event === 'cacheLost')) {
      return {
        why: `When ${cache} lost its data (a node with no replica in another Availability Zone), every read it had answered fell through to ${table}, more than its read capacity serves.`,
        fix: `Make ${cache} survive a node or zone failure: a replication group with a replica in another Availability Zone and automatic failover (or DAX with several nodes).`,
        source: NOTES.memcachedDowntime,
      };
    }
  }
  return undefined;
}

/** Reads or writes: the throttle entries of the trace say which the table refused. */
function tableCause(run: SimulationResult, table: string): Omit<CapacityCause, 'nodes'> {
  const refused = run.trace.filter((entry) => entry.node === table && entry.event === 'provisionedThroughputExceeded');
  const writes = refused.filter((entry) => entry.detail?.startsWith('write')).length;
  const reads = refused.filter((entry) => entry.detail?.startsWith('read')).length;
  if (writes > reads) {
    return {
      why: `${table} was asked for more writes than its write capacity units allow (1 WCU: one write a second of an item up to 1 KB); once its burst capacity is spent, every write beyond it is refused.`,
      fix: `Give ${table} more write capacity (ProvisionedThroughput.WriteCapacityUnits), switch it to on-demand (BillingMode: PAY_PER_REQUEST), or buffer the writes through an SQS queue whose consumer writes no faster than the table accepts.`,
      source: NOTES.writeCapacity,
    };
  }
  return {
    why: `${table} was asked for more reads than its read capacity units allow; once its burst capacity is spent, every read beyond it is refused.`,
    fix: `Give ${table} the read capacity its reads need (ProvisionedThroughput.ReadCapacityUnits: one unit per strongly consistent read a second of up to 4 KB, half that for eventually consistent reads), or serve the hot reads from a cache in front of it (DAX, or ElastiCache with lazy loading) so its capacity covers only the misses.`,
    source: NOTES.readCapacity,
  };
}

/** A function's own cap (reserved concurrency) or the Region's shared pool, and who feeds it. */
function functionCause(context: DesignContext, fn: string): Omit<CapacityCause, 'nodes'> {
  const node = context.node(fn)!;
  const reserved = context.config(node).ReservedConcurrentExecutions;
  if (typeof reserved !== 'number') {
    return {
      why: `${fn} has no reserved concurrency, so it shares the Region's unreserved pool (1,000 concurrent executions by default, not per second) with every other such function; when the pool is used up, new invokes get 429 TooManyRequestsException.`,
      fix: `Reserve concurrency for ${fn} (ReservedConcurrentExecutions) so other functions cannot take it, cap the functions that crowd it out, or ask AWS for a higher concurrency quota.`,
      source: NOTES.lambdaConcurrency,
    };
  }
  if (reserved === 0) {
    return {
      why: `ReservedConcurrentExecutions 0 on ${fn} throttles every invocation: the function is switched off.`,
      fix: `Remove ReservedConcurrentExecutions from ${fn}, or set it to the concurrency the function needs.`,
      source: NOTES.reservedConcurrency,
    };
  }
  const queues = context.edgesTo(fn, { role: 'none' }).filter((edge) => context.kindOf(edge.from) === 'AWS::SQS::Queue');
  const why = `ReservedConcurrentExecutions caps ${fn} at ${reserved} concurrent executions (and guarantees it that many); an invoke beyond the cap is throttled with 429 TooManyRequestsException.`;
  if (queues.length > 0) {
    return {
      why: `${why} The SQS pollers scale on the queue's backlog, not on the cap, so they outrun it.`,
      fix: `Set ScalingConfig.MaximumConcurrency on ${queues.map((edge) => context.edgeKey(edge)).join(', ')} to at most ${reserved} so the pollers never invoke ${fn} beyond its cap; the queue holds the rest. Raise the cap only if it is not there to protect something downstream.`,
      source: NOTES.reservedConcurrency,
    };
  }
  const apis = context.edgesTo(fn, { role: 'none' }).filter((edge) => context.kindOf(edge.from) === 'AWS::ApiGateway::RestApi').map((edge) => edge.from);
  const cache = apis.length > 0 ? `answer repeated requests from ${apis.join(', ')}'s stage cache (CacheClusterEnabled: true, cacheTtlInSeconds above 0)` : 'answer repeated requests from a cache in front of it';
  return {
    why,
    fix: `If the cap is deliberate, keep it and send ${fn} less: ${cache}, or put an SQS queue in front so the work waits instead of being refused. Otherwise raise ReservedConcurrentExecutions.`,
    source: NOTES.reservedConcurrency,
  };
}
