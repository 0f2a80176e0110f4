import { z } from 'zod';

/**
 * Requirement kinds of scenario format version 1: declarative data, never code. Each one has an
 * id (used by pack tests and the game's checklist) and a label in plain words.
 */

/** One end of a path: every node of a kind, or one node by id (from the starting design). */
export const NodeSelector = z.union([
  z.strictObject({ kind: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]) }).meta({ description: 'Every node of this kind (or of any of these kinds).' }),
  z.strictObject({ node: z.string().min(1) }).meta({ description: 'The node with this id.' }),
]);

const base = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lowercase letters, digits or "-"'),
  label: z.string().min(1).max(300),
  /** The notes sentence the explanation quotes, instead of the requirement kind's default. */
  notes: z.strictObject({ section: z.string().min(1), quote: z.string().min(1) }).optional(),
  /** The level's own explanation of a failure (the behaviour; the notes sentence is still quoted after it), instead of the kind's. */
  why: z.string().min(1).max(1000).optional().meta({ description: "On failure, this level's explanation of the behaviour, instead of the requirement kind's; the notes sentence is still quoted after it." }),
  /** The level's own advice on a failure, instead of the kind's. */
  fix: z.string().min(1).max(1000).optional().meta({ description: "On failure, this level's advice on what to change, instead of the requirement kind's." }),
};

/** Restricts a behavioural requirement to one traffic stream. */
const stream = z.string().optional().meta({ description: 'Only the messages of this traffic stream (default: all).' });

const Percentile = z.enum(['p50', 'p95', 'p99', 'max']);

/** Which nodes' own reports a requirement reads: one node by id, every node of a kind, or (neither) every node that reports it. */
const reportTarget = {
  node: z.string().optional().meta({ description: 'Only this node (default: every node that reports this).' }),
  kind: z.string().optional().meta({ description: 'Only nodes of this kind.' }),
};

export const RequirementV1 = z.discriminatedUnion('type', [
  // structural
  z.strictObject({ ...base, type: z.literal('uses-kind'), kind: z.string(), atLeast: z.number().int().positive().default(1) }),
  z.strictObject({ ...base, type: z.literal('forbids-kind'), kind: z.string() }),
  z.strictObject({ ...base, type: z.literal('path-exists'), from: NodeSelector, to: NodeSelector }),
  z.strictObject({ ...base, type: z.literal('decoupled'), from: NodeSelector, to: NodeSelector }),
  z.strictObject({ ...base, type: z.literal('max-components'), atMost: z.number().int().nonnegative() }),
  // configuration
  z.strictObject({
    ...base,
    type: z.literal('property'),
    kind: z.string(),
    /** A config key; dots reach into nested CloudFormation properties (ProvisionedThroughput.ReadCapacityUnits). */
    property: z.string().min(1),
    /** all: every node of the kind must comply; any: at least one must. */
    match: z.enum(['all', 'any']).default('all'),
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    atLeast: z.number().optional(),
    atMost: z.number().optional(),
    oneOf: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional(),
  }),
  // behavioural, judged from the simulation run
  z.strictObject({
    ...base,
    type: z.literal('ordered'),
    attribute: z.string().meta({ description: 'Messages sharing a value of this attribute must be processed in the order they were sent.' }),
    stream,
    /** How the explanation names a message (an attribute such as orderId) and its group (customer). */
    messageName: z.string().optional(),
    nouns: z.strictObject({ message: z.string(), group: z.string() }).optional(),
    /** Messages of a group sent less than this apart count as sent at once (either order is right). */
    concurrentWithinMs: z.number().nonnegative().default(0),
  }),
  z.strictObject({ ...base, type: z.literal('exactly-once'), stream, messageName: z.string().optional() }),
  z.strictObject({
    ...base,
    type: z.literal('nothing-lost'),
    stream,
    /** Messages a fault makes fail on purpose (poison messages) are judged by dead-lettered instead. */
    exceptFaulty: z.boolean().default(true),
    messageName: z.string().optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('processed-by'),
    stream,
    /** Every message must be processed by at least this many different consumers (fan-out). */
    atLeast: z.number().int().positive(),
    messageName: z.string().optional(),
  }),
  z.strictObject({ ...base, type: z.literal('faulty-dead-lettered'), stream, messageName: z.string().optional() }),
  z.strictObject({ ...base, type: z.literal('latency'), stream, percentile: Percentile.default('p95'), atMostMs: z.number().positive() }),
  z.strictObject({ ...base, type: z.literal('throughput'), atLeastPerSecond: z.number().positive() }),
  z.strictObject({ ...base, type: z.literal('throttles'), atMost: z.number().int().nonnegative() }),
  z.strictObject({ ...base, type: z.literal('staleness'), stream, atMostSeconds: z.number().nonnegative() }),
  z.strictObject({
    ...base,
    type: z.literal('availability'),
    stream,
    atLeast: z.number().min(0).max(1),
    /** Judge only the requests sent while this fault (index into faults) was active. */
    duringFault: z.number().int().nonnegative().optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('monthly-cost'),
    atMostUsd: z.number().nonnegative(),
    /** Count only the components of these kinds (e.g. the queue whose polling the level is about). */
    kinds: z.array(z.string()).min(1).optional(),
  }),
  // operations, judged from what load balancers, fleets, databases and deployments report
  z.strictObject({
    ...base,
    type: z.literal('downtime'),
    ...reportTarget,
    /** The longest total time clients got no answer from one such node: deployments with no instance in service, a database writer failing over or down. */
    atMostSeconds: z.number().nonnegative(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('min-capacity'),
    ...reportTarget,
    /** In-service instances never below this share of the fleet (0..1), during failures and deployments. */
    atLeastShare: z.number().min(0).max(1),
    /** And back to full capacity within this many seconds of the dip. */
    restoredWithinSeconds: z.number().positive().optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('deployment'),
    ...reportTarget,
    /** Every deployment ends within this many minutes. */
    withinMinutes: z.number().positive().optional(),
    /** How every deployment must end (a failing version: rolled-back means the last good version serves again on its own). */
    outcome: z.enum(['deployed', 'rolled-back', 'failed']).optional(),
    /** How the last good version must come back. */
    rollback: z.enum(['none', 'manual-redeploy', 'terminate-new-instances', 'shift-traffic-back', 'swap-back', 'redeploy-last-good-revision', 'delete-created-resources']).optional(),
    atMostExtraInstances: z.number().int().nonnegative().optional(),
    atMostFailedRequests: z.number().int().nonnegative().optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('http-errors'),
    ...reportTarget,
    /** Load balancer answers of this status (default: 503 and 504 together). */
    status: z.union([z.literal(503), z.literal(504)]).optional(),
    atMost: z.number().int().nonnegative(),
  }),
  z.strictObject({ ...base, type: z.literal('sessions-lost'), ...reportTarget, atMost: z.number().int().nonnegative() }),
  z.strictObject({ ...base, type: z.literal('stale-reads'), stream, atMost: z.number().int().nonnegative() }),
  z.strictObject({
    ...base,
    type: z.literal('alarm'),
    ...reportTarget,
    /** The alarm goes to ALARM within this many seconds of the metric breach starting. */
    firesWithinSeconds: z.number().positive().optional(),
    /** The alarm changes state at most this many times (flapping). */
    atMostTransitions: z.number().int().nonnegative().optional(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('reported-value'),
    ...reportTarget,
    /** A number a kind reports (e.g. tracedShare.checkout for X-Ray, retries or failed for Step Functions, deniedRequests for Cognito). */
    value: z.string().min(1),
    atLeast: z.number().optional(),
    atMost: z.number().optional(),
    /** What the value means, for the explanation ("the share of checkout requests traced"). */
    meaning: z.string().optional(),
  }),
  // findings
  z.strictObject({ ...base, type: z.literal('no-error-findings') }),
  /** Only kinds from the palette (or already in the starting design); implicit when not stated. */
  z.strictObject({ ...base, type: z.literal('palette-only') }),
]);

export type RequirementV1 = z.infer<typeof RequirementV1>;
export type NodeSelector = z.infer<typeof NodeSelector>;
