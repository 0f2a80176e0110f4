import { z } from 'zod';

/**
 * The contract between the simulation (src/sim) and the scenarios (src/scenario):
 * what traffic and faults go in, what a run gives back. Zod schemas, because scenario files
 * embed the traffic and fault specs and must be validated like every file format.
 * Extend additively; both sides read this file.
 */

/** How popular keys are: every key alike, or a few hot keys (Zipf with exponent s). */
export const KeyPopularity = z.union([
  z.literal('uniform'),
  z.strictObject({ zipf: z.number().positive().max(5) }),
]);

/** A message attribute's values: a fixed set of keys drawn by popularity, or a running sequence. */
export const AttributeSpec = z.union([
  z.strictObject({ keys: z.number().int().positive().max(1_000_000), prefix: z.string().default(''), popularity: KeyPopularity.default('uniform') }),
  z.strictObject({ sequence: z.literal(true), prefix: z.string().default('') }),
]);

export const Range = z.union([z.number().nonnegative(), z.strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative() })]);

/** One stream of traffic entering the design at Actor::Client nodes. */
export const TrafficStream = z.strictObject({
  id: z.string(),
  /** Client node ids the traffic enters at (spread evenly); default: every Actor::Client. */
  from: z.array(z.string()).optional(),
  /** send: a message or event into the design; read / write: a request against data. */
  operation: z.enum(['send', 'read', 'write']).default('send'),
  ratePerSecond: z.number().positive().max(1_000_000),
  startSeconds: z.number().nonnegative().default(0),
  durationSeconds: z.number().positive().max(86_400),
  /** Total messages instead of rate × duration, spread over the duration. */
  count: z.number().int().positive().optional(),
  attributes: z.record(z.string(), AttributeSpec).default({}),
  /** The attribute that names the item a read or write touches (for caches and tables). */
  keyAttribute: z.string().optional(),
  payloadBytes: Range.default(1024),
  /** How long the consumer's work takes per message, in ms (overrides a function's durationMs). */
  processingMs: Range.optional(),
});

export const Fault = z.discriminatedUnion('type', [
  /** A share of the processing attempts fail (consumer errors). */
  z.strictObject({ type: z.literal('consumer-errors'), node: z.string().optional(), rate: z.number().min(0).max(1), fromSeconds: z.number().default(0), toSeconds: z.number().optional() }),
  /** Messages whose attribute has this value always fail processing. */
  z.strictObject({ type: z.literal('poison-message'), stream: z.string().optional(), attribute: z.string(), value: z.string() }),
  /** A node (or, with kind, every node of a kind) stops at a time: a cache node, an instance. */
  z.strictObject({
    type: z.literal('node-failure'),
    node: z.string().optional(),
    kind: z.string().optional(),
    atSeconds: z.number().nonnegative(),
    recoverSeconds: z.number().optional(),
    /** A fleet (Auto Scaling group): how many of its instances fail (default 1). */
    instances: z.number().int().positive().optional(),
    /** The application stops answering but the instance keeps running: only load balancer (ELB) health checks notice. */
    application: z.boolean().optional(),
  }),
  /** An Availability Zone fails: Multi-AZ components fail over, single-AZ ones go down. */
  z.strictObject({ type: z.literal('az-failure'), az: z.string().default('a'), atSeconds: z.number().nonnegative(), recoverSeconds: z.number().optional() }),
  /** A stream's rate multiplies for a while. */
  z.strictObject({ type: z.literal('burst'), stream: z.string().optional(), multiplier: z.number().positive().max(1000), atSeconds: z.number().nonnegative(), durationSeconds: z.number().positive() }),
  /**
   * A new application version is deployed at a time (Elastic Beanstalk environments, CodeDeploy
   * deployment groups, CodePipeline pipelines): a scheduled event like a fault, so a level can show
   * what each deployment policy does under traffic. failing: the new version fails its health checks.
   * swapTo: blue/green, the version goes to this second environment and the CNAMEs are swapped.
   */
  z.strictObject({
    type: z.literal('deploy'),
    node: z.string().optional(),
    atSeconds: z.number().nonnegative(),
    failing: z.boolean().default(false),
    swapTo: z.string().optional(),
  }),
  /** An RDS read replica (node) is promoted to a standalone, writable instance at a time; replication stops. */
  z.strictObject({ type: z.literal('promote-replica'), node: z.string(), atSeconds: z.number().nonnegative() }),
  /** The metric a CloudWatch alarm watches (node: the alarm) crosses its threshold for a while. */
  z.strictObject({
    type: z.literal('metric-breach'),
    node: z.string().optional(),
    atSeconds: z.number().nonnegative(),
    durationSeconds: z.number().positive(),
    /** The metric's value during the breach (default: twice the threshold); outside breaches it sits at half the threshold. */
    value: z.number().optional(),
  }),
]);

export const SimulationSettings = z.strictObject({
  traffic: z.array(TrafficStream).min(1),
  faults: z.array(Fault).default([]),
  seed: z.number().int().default(1),
  /** Keep running after traffic ends until queues drain, up to this many seconds. */
  drainSeconds: z.number().nonnegative().default(600),
  /**
   * The message attribute whose order matters (e.g. customerId) for metrics.outOfOrder; default:
   * the messageGroupId attributes named on edges into queues and topics.
   */
  orderBy: z.string().optional(),
});

export type KeyPopularity = z.infer<typeof KeyPopularity>;
export type AttributeSpec = z.infer<typeof AttributeSpec>;
export type TrafficStream = z.infer<typeof TrafficStream>;
export type Fault = z.infer<typeof Fault>;
export type SimulationSettings = z.infer<typeof SimulationSettings>;

/** What happened to one message or request a client sent. */
export interface MessageRecord {
  id: string;
  stream: string;
  attributes: Record<string, string>;
  /** Virtual time in ms. */
  sentAt: number;
  /** Each time a consumer finished processing it (more than one entry is a duplicate). */
  processed: Array<{ at: number; by: string }>;
  outcome: 'processed' | 'dead-lettered' | 'lost' | 'expired' | 'pending' | 'throttled' | 'failed';
  /** Node it ended in, for dead-lettered messages; the reason, for lost ones. */
  endedAt?: string;
  reason?: string;
  /** For reads: end-to-end latency in ms and how stale the answer was (0 = fresh). */
  latencyMs?: number;
  staleMs?: number;
}

export interface TraceEntry {
  /** Virtual time in ms. */
  t: number;
  node: string;
  /** Message or request id, when the entry is about one. */
  message?: string;
  /** A transition name from the node's behaviour, e.g. "visibility timeout expired". */
  event: string;
  detail?: string;
  edge?: string;
}

export interface NodeLoad {
  received: number;
  processed: number;
  throttled: number;
  errors: number;
  /** Peak messages waiting (queues, streams) or peak concurrency (functions). */
  peak: number;
  /** Share of capacity used at the peak, 0..1+ where capacity is known. */
  utilisation?: number;
  /** Caches (ElastiCache, DAX, API Gateway stage cache): hits, misses, items held at the end, and items cached but never read (wasted memory). */
  cache?: { hits: number; misses: number; items: number; neverRead: number };
}

export interface SimulationMetrics {
  sent: number;
  processed: number;
  duplicates: number;
  outOfOrder: number;
  lost: number;
  deadLettered: number;
  throttles: number;
  staleReads: number;
  maxStalenessMs: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  throughputPerSecond: number;
  /** Share of requests answered successfully, 0..1. */
  availability: number;
  monthlyCostUsd: number;
  costByNode: Record<string, number>;
  load: Record<string, NodeLoad>;
}

export interface SimulationResult {
  /** Virtual ms from the first event to the last. */
  durationMs: number;
  /** Events the scheduler processed (for the benchmark). */
  events: number;
  messages: MessageRecord[];
  metrics: SimulationMetrics;
  /** Bounded: the first entries and those around every failure are kept, for replay. */
  trace: TraceEntry[];
  /**
   * Read and write streams whose clients reach their data synchronously (client → table or cache,
   * or client → one application → cache/table) are simulated request by request without a
   * MessageRecord each: their totals per stream are here, and they count in every metric.
   */
  aggregated?: Record<string, AggregatedStreamSummary>;
  /** Optional: what kinds with measurable behaviour of their own report, by node id (load balancers, fleets, databases, deployments, ...). */
  reports?: Record<string, NodeReport>;
}

/** A load balancer's answers: HTTP errors it generated, sessions lost with their targets, where targets find the client's IP. */
export interface LoadBalancerReport {
  requests: number;
  /** No registered or healthy target (HTTP 503). */
  responses503: number;
  /** A target stayed silent longer than the idle timeout (HTTP 504). */
  responses504: number;
  /** Sticky sessions whose target failed or left: those users sign in again. */
  sessionsLost: number;
  /** Requests per target node (uneven spread shows what stickiness costs). */
  byTarget: Record<string, number>;
  /** Requests whose target could read the client's IP where its code looks for it (clientIpFrom). */
  clientIpVisible: number;
}

/** A fleet's in-service capacity over the run (Auto Scaling groups, Beanstalk environments). */
export interface CapacityReport {
  desired: number;
  minInService: number;
  /** minInService / desired. */
  minShare: number;
  /** Total time with fewer than desired instances in service. */
  belowDesiredMs: number;
  /** When capacity was last back to desired after a dip. */
  restoredAtMs?: number;
  /** Instances launched to replace failed ones. */
  replaced: number;
}

/** A database's availability and replication: failovers, time writes could not be made, replica lag. */
export interface DatabaseReport {
  failovers: number;
  /** Time the writer endpoint answered nothing (failover, replacement, outage). */
  unavailableMs: number;
  /** Writes refused because they went to a read-only replica or standby. */
  readOnlyRejected: number;
  /** Reads served by replicas, and the worst replication lag they showed. */
  replicaReads: number;
  maxReplicaLagMs: number;
}

/** One deployment: how long it took, what traffic saw, what it cost, how it ended. */
export interface DeploymentReport {
  policy: string;
  /** Instances serving before the deployment. */
  instances: number;
  /** in-progress: the run ended before the deployment did. */
  outcome: 'deployed' | 'rolled-back' | 'failed' | 'in-progress';
  startedAtMs: number;
  durationMs: number;
  /** Time with no instance serving (every request failed). */
  downtimeMs: number;
  minInService: number;
  /** minInService / instances before the deployment. */
  minShare: number;
  /** Most instances running at once, and how many above the usual fleet. */
  peakInstances: number;
  extraInstances: number;
  /** Requests that failed because of the deployment (sent to a broken or stopped instance). */
  failedRequests: number;
  /** How the last good version came back after a failure. */
  rollback: 'none' | 'manual-redeploy' | 'terminate-new-instances' | 'shift-traffic-back' | 'swap-back' | 'redeploy-last-good-revision' | 'delete-created-resources';
  /** Steps in the order they ran (batches, lifecycle hooks, pipeline stages). */
  steps: string[];
}

export interface NodeReport {
  loadBalancer?: LoadBalancerReport;
  capacity?: CapacityReport;
  database?: DatabaseReport;
  deployments?: DeploymentReport[];
  /** Any other kind: named numbers (e.g. a state machine's retries, an alarm's time to alarm). */
  values?: Record<string, number>;
  /** Named events in time order (alarm transitions, pipeline stages), for explanations. */
  events?: Array<{ t: number; event: string; detail?: string }>;
}

export interface AggregatedStreamSummary {
  requests: number;
  ok: number;
  throttled: number;
  failed: number;
  staleReads: number;
  /** Optional (scenario judging): this stream's own latency and worst staleness. */
  latencyMs?: { p50: number; p95: number; p99: number; max: number };
  maxStalenessMs?: number;
  /**
   * Optional (scenario judging): by fault index into settings.faults, the requests sent while that
   * fault was active (node and AZ failures: from atSeconds to recovery or the end of the run).
   */
  duringFaults?: Array<{ requests: number; ok: number; latencyMs?: { p50: number; p95: number; p99: number; max: number } } | null>;
}
