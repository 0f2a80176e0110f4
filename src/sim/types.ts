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
  z.strictObject({ type: z.literal('node-failure'), node: z.string().optional(), kind: z.string().optional(), atSeconds: z.number().nonnegative(), recoverSeconds: z.number().optional() }),
  /** An Availability Zone fails: Multi-AZ components fail over, single-AZ ones go down. */
  z.strictObject({ type: z.literal('az-failure'), az: z.string().default('a'), atSeconds: z.number().nonnegative(), recoverSeconds: z.number().optional() }),
  /** A stream's rate multiplies for a while. */
  z.strictObject({ type: z.literal('burst'), stream: z.string().optional(), multiplier: z.number().positive().max(1000), atSeconds: z.number().nonnegative(), durationSeconds: z.number().positive() }),
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
