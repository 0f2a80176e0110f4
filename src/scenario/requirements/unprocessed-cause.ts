import type { NotesSource } from '../../catalog/types.ts';
import type { DesignContext } from '../../rules/context.ts';
import type { MessageRecord, SimulationResult, TraceEntry } from '../../sim/types.ts';
import { capacityCause } from './capacity-cause.ts';
import { failurePath, keepFailedFix } from './failure-path.ts';
import { NOTES } from './notes.ts';

/** Why a message was never completed, read from its outcome, its trace and how its consumer is fed. */
export interface UnprocessedCause {
  why: string;
  fix: string;
  source?: NotesSource;
}

/** Lambda's hard limit on one invocation, in seconds. */
const LAMBDA_MAX_TIMEOUT_SECONDS = 900;

/** `blocker`: a message of the same stream that always fails, still being retried, which may hold the others back. */
export function unprocessedCause(
  context: DesignContext,
  run: SimulationResult,
  first: MessageRecord,
  trace: readonly TraceEntry[],
  blocker: { record: MessageRecord; trace: readonly TraceEntry[] } | undefined,
): UnprocessedCause {
  const path = failurePath(context, first, trace);
  const events = new Set(trace.filter((entry) => entry.message === first.id).map((entry) => entry.event));
  const blockedPath = blocker ? failurePath(context, blocker.record, blocker.trace) : undefined;
  if (blockedPath?.via === 'stream') {
    return {
      why: 'A stream event source retries a failing batch, by default until its records expire, and reads nothing further from that shard meanwhile: one bad record holds back every record behind it. Today MaximumRetryAttempts, MaximumRecordAgeInSeconds and BisectBatchOnFunctionError limit that.',
      fix: keepFailedFix(context, blockedPath),
      source: NOTES.streamRetries,
    };
  }
  if (blockedPath && (blockedPath.via === 'unknown' || (blockedPath.via === 'queue' && blockedPath.fifo))) {
    return {
      why: 'A message that always fails is received again and again; in a FIFO queue it holds back every later message of its group until it is moved aside.',
      fix: 'Attach a dead-letter queue (role dead-letter, a FIFO queue for a FIFO source) with a small maxReceiveCount, so the failing message is moved aside and its group moves on.',
      source: NOTES.deadLetterQueue,
    };
  }
  // A throttled stage anywhere leaves the messages behind it waiting.
  const capacity = capacityCause(context, run);
  if (capacity && (first.outcome === 'throttled' || first.outcome === 'pending' || [...events].some((event) => /throttl|ProvisionedThroughputExceeded/i.test(event)))) {
    return { why: capacity.why, fix: capacity.fix, ...(capacity.source ? { source: capacity.source } : {}) };
  }
  const switchedOff = context.nodesOfKind('AWS::Lambda::Function').filter((fn) => context.config(fn).ReservedConcurrentExecutions === 0);
  if (first.outcome === 'pending' && switchedOff.length > 0) {
    return {
      why: `ReservedConcurrentExecutions 0 on ${switchedOff.map((fn) => fn.id).join(', ')} throttles every invocation: the function is switched off and its work waits.`,
      fix: `Remove ReservedConcurrentExecutions from ${switchedOff.map((fn) => fn.id).join(', ')}, or set it to the concurrency the function needs.`,
      source: NOTES.reservedConcurrency,
    };
  }
  const streamless = context.nodesOfKind('AWS::DynamoDB::Table').filter(
    (table) => context.config(table).StreamSpecification === undefined && context.edgesFrom(table.id, { kind: 'AWS::Lambda::Function' }).length > 0,
  );
  if (first.outcome === 'pending' && streamless.length > 0) {
    return {
      why: `A DynamoDB table tells a function about its changes only through its stream, and ${streamless.map((table) => table.id).join(', ')} has none: the changes are never read.`,
      fix: `Turn on ${streamless.map((table) => table.id).join(', ')}'s stream (StreamSpecification with a StreamViewType such as NEW_AND_OLD_IMAGES).`,
    };
  }
  if (events.has('invocationTimedOut')) {
    const fn = trace.find((entry) => entry.message === first.id && entry.event === 'invocationTimedOut')!.node;
    const timeout = Number(context.config(context.node(fn)!).Timeout ?? 3);
    if (timeout >= LAMBDA_MAX_TIMEOUT_SECONDS) {
      return {
        why: `${fn} was stopped at its Timeout of ${timeout} s, Lambda's maximum: a job longer than 15 minutes can never finish in Lambda, however often it is retried.`,
        fix: `Run the job where it has no time limit (an ECS task on Fargate reading the queue, or AWS Batch), or split it into pieces that each finish within 15 minutes.`,
        source: NOTES.lambdaMaxDuration,
      };
    }
    return {
      why: `${fn} was stopped at its Timeout of ${timeout} s before the job finished, so the message was never deleted and every attempt started over.`,
      fix: `Raise ${fn}'s Timeout above the longest job (at most 900 s), and the queue's VisibilityTimeout to at least six times that Timeout.`,
      source: NOTES.lambdaMaxDuration,
    };
  }
  if (events.has('visibilityTimeoutExpired')) {
    const queue = trace.find((entry) => entry.message === first.id && entry.event === 'visibilityTimeoutExpired')!.node;
    return {
      why: `Each job took longer than ${queue}'s VisibilityTimeout, so the message became visible again and was received again before the first attempt could delete it: attempts pile up and none completes.`,
      fix: `Raise ${queue}'s VisibilityTimeout above the longest processing time (for a Lambda consumer, six times its Timeout).`,
      source: NOTES.visibilityTimeout,
    };
  }
  if (path.via === 'refused') {
    if (/MaximumMessageSize/.test(path.reason)) {
      return {
        why: 'SQS refuses a message larger than the queue\'s MaximumMessageSize. The notes say 256 KB; today a message can be up to 1 MiB (MaximumMessageSize 1 KiB to 1 MiB), and bigger payloads still go through S3.',
        fix: `Store the payload in S3 and send a reference to it (the SQS Extended Client Library does this), or raise ${path.node}'s MaximumMessageSize up to 1 MiB if the payloads fit.`,
        source: NOTES.messageSize,
      };
    }
    return { why: `${path.node} refused the message: ${path.reason}.`, fix: keepFailedFix(context, path) };
  }
  if (first.outcome === 'dead-lettered') {
    const moreTries =
      path.via === 'stream'
        ? `Set BisectBatchOnFunctionError: true on ${context.edgeKey(path.edge)} so a failing batch is split and only the record that keeps failing is skipped, and allow enough MaximumRetryAttempts for the rest to get through.`
        : path.via === 'async'
          ? `Asynchronous invocation retries at most twice. For work that fails now and then, put an SQS queue in front of ${path.fn} whose redrive policy allows more receives (maxReceiveCount), and replay what lands in the dead-letter queue.`
          : path.via === 'queue'
            ? `Raise the maxReceiveCount of ${path.queue}'s dead-letter queue edge so a message that fails now and then gets more tries before it is moved aside.`
            : 'Allow more attempts before the message is moved aside, and replay the messages that were.';
    return {
      why: `The message was moved aside after its retries ran out${first.reason ? ` (${first.reason})` : ''}, though it is not a message that always fails: its failures were passing ones, and more tries would have got it through.`,
      fix: moreTries,
      ...(path.via === 'async' ? { source: NOTES.asyncRetries } : path.via === 'stream' ? { source: NOTES.streamRetries } : { source: NOTES.deadLetterQueue }),
    };
  }
  if (path.via === 'sync' || path.via === 'async' || path.via === 'stream' || (path.via === 'queue' && first.outcome !== 'pending')) {
    return {
      why:
        path.via === 'sync'
          ? `A synchronous call that fails${first.reason ? ` (${first.reason})` : ''} goes back to the caller: Lambda does not retry it, and nothing keeps the message.`
          : 'A message that cannot be processed must be kept somewhere it can be looked at and replayed, or it is gone.',
      fix: keepFailedFix(context, path),
      source: path.via === 'async' ? NOTES.asyncRetries : NOTES.deadLetterQueue,
    };
  }
  if (first.outcome === 'expired') {
    return {
      why: 'A message left in a queue or stream longer than its retention period is deleted unread.',
      fix: 'Give the consumer the capacity to keep up with the traffic, or lengthen the retention period (MessageRetentionPeriod, up to 14 days for SQS).',
    };
  }
  const waitingIn = first.reason?.match(/still in the (queue|stream)/)?.[1];
  if (first.outcome === 'pending' && waitingIn !== undefined) {
    return {
      why: `The consumers of the ${waitingIn} worked through it more slowly than messages arrived, so a backlog was still waiting when the run ended.`,
      fix:
        waitingIn === 'stream'
          ? 'Give the stream\'s readers more throughput: more shards, or enhanced fan-out (enhancedFanOut: true on the edges that read it) so each consumer gets its own 2 MB/s per shard instead of sharing one 2 MB/s and 5 reads/s.'
          : 'Give the queue more consumers (more tasks or a higher function concurrency) or bigger batches, so they keep up with the arrivals.',
    };
  }
  return {
    why: 'Nothing took the message to completion before the run ended.',
    fix: 'Follow the first message in the replay to where it stopped, and connect or fix the component there.',
  };
}
