import type { NotesSource } from '../../catalog/types.ts';
import type { DesignContext } from '../../rules/context.ts';
import type { MessageRecord } from '../../sim/types.ts';
import { type FailurePath, failurePath, keepFailedFix } from './failure-path.ts';
import { NOTES } from './notes.ts';
import { at, because, type Evaluator, failed, passed, plural } from './result.ts';
import { count, involved, isFaulty, labelOf, messagesOf, traceOf, withoutRun } from './run-helpers.ts';
import { unprocessedCause } from './unprocessed-cause.ts';

/** Times each consumer processed a message beyond the first (a fan-out copy per consumer is not a duplicate). */
export function extraProcessings(record: MessageRecord): number {
  const consumers = new Set(record.processed.map((entry) => entry.by));
  return record.processed.length - consumers.size;
}

export const exactlyOnce: Evaluator<'exactly-once'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const records = messagesOf(run, requirement.stream);
  const duplicates = records.filter((record) => extraProcessings(record) > 0);
  if (duplicates.length === 0) return passed(`Each of the ${count(records.filter((r) => r.processed.length > 0).length)} processed messages was processed once by each consumer.`);
  const secondAt = (record: MessageRecord) => {
    const seen = new Set<string>();
    for (const entry of record.processed) {
      if (seen.has(entry.by)) return entry.at;
      seen.add(entry.by);
    }
    return Number.POSITIVE_INFINITY;
  };
  const first = duplicates.reduce((a, b) => (secondAt(b) < secondAt(a) ? b : a));
  const shown = first.processed.slice(0, 4).map((entry) => `${at(entry.at)} by ${entry.by}`);
  const times = first.processed.length > 4 ? `${shown.join(', ')}, …` : shown.join(', ');
  const trace = traceOf(run, [first.id]);
  const parts = involved(input.context, trace);
  const standard = standardQueues(input.context);
  // The trace says which it was: the message reappearing after its visibility timeout, or a stored copy delivered again.
  const expired = trace.find((entry) => entry.event === 'visibilityTimeoutExpired');
  const atLeastOnce = !expired && standard.length > 0;
  const source = requirement.notes ?? (atLeastOnce ? NOTES.standardQueue : NOTES.visibilityTimeout);
  const extra = duplicates.reduce((sum, record) => sum + extraProcessings(record), 0);
  return failed({
    message: `${labelOf(first, requirement.messageName)} was processed ${first.processed.length} times (${times}); ${plural(duplicates.length, 'message')} were processed more than once, ${count(extra)} extra times in all.`,
    why: because(
      atLeastOnce
        ? 'A standard queue delivers at least once: the same message can be received twice, and the consumer must be idempotent or the queue FIFO.'
        : expired
          ? `Processing took longer than ${expired.node}'s visibility timeout, so the message became visible again and another receive processed it a second time (${expired.detail ?? 'visibility timeout expired'}).`
          : 'A message whose processing outlasts its visibility timeout, or whose batch fails after part of it was done, is received and processed again.',
      source,
    ),
    fix: atLeastOnce
      ? `Use a FIFO queue (FifoQueue: true, with a deduplication id or ContentBasedDeduplication) instead of ${standard.join(', ')}, or make the consumer idempotent.`
      : expired
        ? `Raise ${expired.node}'s VisibilityTimeout above the longest processing time (for a Lambda consumer, six times its Timeout).`
        : "Raise the queue's VisibilityTimeout above the longest processing time (AWS suggests six times the function timeout for Lambda), and report batch item failures (FunctionResponseTypes: ReportBatchItemFailures) so one bad message does not send its whole batch back.",
    nodes: parts.nodes.length > 0 ? parts.nodes : standard,
    edges: parts.edges,
    source,
    trace,
  });
};

function standardQueues(context: DesignContext): string[] {
  return context.nodesOfKind('AWS::SQS::Queue')
    .filter((queue) => context.config(queue).FifoQueue !== true && context.edgesFrom(queue.id, { role: 'none' }).length > 0)
    .map((queue) => queue.id);
}

const OUTCOME_WORDS: Record<MessageRecord['outcome'], string> = {
  processed: 'processed',
  'dead-lettered': 'moved to a dead-letter queue',
  lost: 'lost',
  expired: 'expired before processing',
  pending: 'still waiting when the run ended',
  throttled: 'throttled and dropped',
  failed: 'given up on after failing',
};

export const nothingLost: Evaluator<'nothing-lost'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const faults = input.scenario.simulation.faults;
  const records = messagesOf(run, requirement.stream).filter((record) => !(requirement.exceptFaulty && isFaulty(record, faults)));
  const unprocessed = records.filter((record) => record.outcome !== 'processed');
  if (unprocessed.length === 0) return passed(`All ${count(records.length)} messages were processed.`);
  const byOutcome = new Map<string, number>();
  for (const record of unprocessed) byOutcome.set(record.outcome, (byOutcome.get(record.outcome) ?? 0) + 1);
  const first = unprocessed.reduce((a, b) => (b.sentAt < a.sentAt ? b : a));
  const trace = traceOf(run, [first.id]);
  const parts = involved(input.context, trace);
  const blocker = unprocessed.some((record) => record.outcome === 'pending')
    ? messagesOf(run, requirement.stream).find((record) => isFaulty(record, faults) && record.outcome !== 'dead-lettered')
    : undefined;
  const cause = unprocessedCause(input.context, run, first, trace, blocker && { record: blocker, trace: traceOf(run, [blocker.id]) });
  const source = requirement.notes ?? cause.source;
  const summary = [...byOutcome].map(([outcome, n]) => `${count(n)} ${OUTCOME_WORDS[outcome as MessageRecord['outcome']]}`).join(', ');
  return failed({
    message:
      `${count(unprocessed.length)} of ${count(records.length)} messages were never completed (${summary}). ` +
      `The first, ${labelOf(first, requirement.messageName)}, sent at ${at(first.sentAt)}, was ${OUTCOME_WORDS[first.outcome]}${first.reason ? `: ${first.reason}` : ''}.`,
    why: because(cause.why, source),
    fix: cause.fix,
    nodes: parts.nodes,
    edges: parts.edges,
    source,
    trace,
  });
};

export const faultyDeadLettered: Evaluator<'faulty-dead-lettered'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const faulty = messagesOf(run, requirement.stream).filter((record) => isFaulty(record, input.scenario.simulation.faults));
  const stray = faulty.filter((record) => record.outcome !== 'dead-lettered');
  const ends = [...new Set(faulty.map((record) => record.endedAt).filter((node): node is string => node !== undefined))];
  if (stray.length === 0) return passed(`${plural(faulty.length, 'failing message')} ended in a dead-letter queue${ends.length > 0 ? ` (${ends.join(', ')})` : ''}.`, { nodes: ends });
  const first = stray[0]!;
  const trace = traceOf(run, stray.map((record) => record.id));
  const parts = involved(input.context, trace);
  const attempts = trace.filter((entry) => entry.message === first.id && /receiv/i.test(entry.event)).length;
  const path = failurePath(input.context, first, trace);
  const kept = whereFailuresGo(path);
  const source = requirement.notes ?? kept.source;
  return failed({
    message:
      first.outcome === 'processed'
        ? `${labelOf(first, requirement.messageName)} fails every time a consumer processes it, but it never reached one (it ended at ${first.processed.map((entry) => entry.by).join(', ')}), so it could not end in a dead-letter queue.`
        : `${labelOf(first, requirement.messageName)} fails every time it is processed; it was ${OUTCOME_WORDS[first.outcome]}${first.endedAt ? ` at ${first.endedAt}` : ''}${attempts > 0 ? ` after ${plural(attempts, 'receive')}` : ''} instead of ending in a dead-letter queue.`,
    why: because(kept.why, source),
    fix: keepFailedFix(input.context, path),
    nodes: parts.nodes,
    edges: parts.edges,
    source,
    trace,
  });
};

/** Why messages reached too few consumers: a stream's readers falling behind, too few consumers, or consumers competing for one queue. */
function fanOutCause(context: DesignContext, path: readonly string[], consumers: readonly string[], wanted: number): { why: string; fix: string; source?: NotesSource } {
  const stream = path.find((node) => context.kindOf(node) === 'AWS::Kinesis::Stream');
  if (consumers.length < wanted) {
    return {
      why: `${consumers.length === 0 ? 'No consumer' : `Only ${consumers.join(', ')}`} processed any message; each of the ${wanted} jobs needs a consumer of its own, so that one failing or slow job does not hold up the others.`,
      fix:
        stream !== undefined
          ? `Give each of the ${wanted} jobs its own function reading ${stream}: every reader of a stream gets every record.`
          : `Give each of the ${wanted} jobs its own consumer, each receiving its own copy of every message: an SNS topic with one SQS queue per consumer.`,
      ...(stream !== undefined ? {} : { source: NOTES.snsFanOut }),
    };
  }
  if (stream !== undefined) {
    const readers = context.edgesFrom(stream, { role: 'none' }).length;
    return {
      why: `Every consumer of ${stream} reads every record, but its ${readers} standard consumers share each shard's 5 reads a second and 2 MB/s, so they fall behind and records wait unread.`,
      fix: `Register the consumers of ${stream} for enhanced fan-out (enhancedFanOut: true on each ${stream} edge), so each gets its own 2 MB/s per shard, or give the stream more shards.`,
      source: NOTES.shardReads,
    };
  }
  return {
    why: 'Consumers reading one queue compete: each message goes to one of them. A topic gives every subscriber its own copy, and a queue per subscriber lets each work at its own pace.',
    fix: `Publish to an SNS topic and subscribe one SQS queue per consumer (${wanted} in all), each read by its own consumer.`,
    source: NOTES.snsFanOut,
  };
}

/** What keeps a failing message on this path, and the notes sentence behind it. */
function whereFailuresGo(path: FailurePath): { why: string; source?: NotesSource } {
  switch (path.via) {
    case 'queue':
      return { why: 'A dead-letter queue takes the messages that keep failing after maxReceiveCount receives, so they can be inspected instead of retried forever or lost.', source: NOTES.deadLetterQueue };
    case 'stream':
      return {
        why: 'A stream event source retries a failing batch, by default until its records expire, holding up the shard; today MaximumRetryAttempts, MaximumRecordAgeInSeconds and BisectBatchOnFunctionError limit that, and records that run out of retries are skipped: only an on-failure destination keeps a record of them.',
        source: NOTES.streamRetries,
      };
    case 'async':
      return {
        why: 'An asynchronous invocation is retried up to twice (MaximumRetryAttempts 0–2, for up to 6 hours); after that the event is dropped unless the function has a dead-letter queue or an on-failure destination.',
        source: NOTES.asyncRetries,
      };
    case 'sync':
      return { why: 'A synchronous caller gets the error back: Lambda neither retries the call nor keeps the message.', source: NOTES.durableQueue };
    case 'refused':
      return { why: 'A message refused on its way never reaches the consumer, so no dead-letter queue behind it can take it.' };
    case 'unknown':
      return { why: 'A failing message must end somewhere it can be inspected and replayed: a dead-letter queue or an on-failure destination.', source: NOTES.deadLetterQueue };
  }
}

export const processedBy: Evaluator<'processed-by'> = (requirement, input) => {
  const missing = withoutRun(input);
  if (missing) return missing;
  const run = input.run!;
  const faults = input.scenario.simulation.faults;
  const records = messagesOf(run, requirement.stream).filter((record) => !isFaulty(record, faults));
  const consumersOf = (record: MessageRecord) => [...new Set(record.processed.map((entry) => entry.by))];
  const short = records.filter((record) => consumersOf(record).length < requirement.atLeast);
  const everyone = [...new Set(records.flatMap(consumersOf))].sort();
  if (short.length === 0) return passed(`Every message was processed by at least ${requirement.atLeast} consumers (${everyone.join(', ')}).`, { nodes: everyone });
  const first = short[0]!;
  const reached = consumersOf(first);
  const trace = traceOf(run, [first.id]);
  const parts = involved(input.context, trace);
  const cause = fanOutCause(input.context, parts.nodes, everyone, requirement.atLeast);
  const source = requirement.notes ?? cause.source;
  return failed({
    message: `${labelOf(first, requirement.messageName)} was processed by ${reached.length === 0 ? 'no consumer' : `only ${reached.join(', ')}`}; every message must reach ${requirement.atLeast} consumers, and ${count(short.length)} of ${count(records.length)} reached fewer.`,
    why: because(cause.why, source),
    fix: cause.fix,
    nodes: parts.nodes.length > 0 ? parts.nodes : everyone.filter((node) => input.context.node(node)),
    edges: parts.edges,
    source,
    trace,
  });
};
