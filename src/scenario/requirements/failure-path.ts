import type { DesignEdge } from '../../design/schema.ts';
import type { DesignContext } from '../../rules/context.ts';
import type { MessageRecord, TraceEntry } from '../../sim/types.ts';
import { isAsynchronous } from './graph.ts';

/**
 * How the function a failing message reached was fed, which decides where AWS can keep the
 * message: a queue's redrive policy, a stream event source's retry limits and on-failure
 * destination, an asynchronous invocation's dead-letter queue or destination, or nothing at all
 * when the caller waited (it gets the error back).
 */
export type FailurePath =
  | { via: 'queue'; queue: string; fn: string; edge: DesignEdge; fifo: boolean }
  | { via: 'stream'; stream: string; fn: string; edge: DesignEdge }
  | { via: 'async'; from: string; fn: string; edge: DesignEdge }
  | { via: 'sync'; from: string; fn: string; edge: DesignEdge }
  | { via: 'refused'; node: string; reason: string }
  | { via: 'unknown' };

const STREAM_KINDS = new Set(['AWS::Kinesis::Stream', 'AWS::DynamoDB::Table']);

export function failurePath(context: DesignContext, record: MessageRecord, trace: readonly TraceEntry[]): FailurePath {
  const own = trace.filter((entry) => entry.message === record.id);
  const ranBy = own.some((entry) => context.kindOf(entry.node) === 'AWS::Lambda::Function');
  const ended = record.endedAt ?? own[own.length - 1]?.node;
  // Refused before any function ran it (an SQS send over the size limit, a FIFO queue without a group).
  if (!ranBy && ended !== undefined && context.node(ended) && record.outcome === 'failed' && record.reason) {
    return { via: 'refused', node: ended, reason: record.reason };
  }
  const failedAt = own.find((entry) => /processingFailed|invocationTimedOut|eventLost|retryScheduled/.test(entry.event))?.node;
  const functions = [...new Set(own.map((entry) => entry.node))].filter((node) => context.kindOf(node) === 'AWS::Lambda::Function');
  const fn = failedAt !== undefined && context.kindOf(failedAt) === 'AWS::Lambda::Function' ? failedAt : functions[0];
  if (fn === undefined) return { via: 'unknown' };
  const seen = new Set(own.map((entry) => entry.node));
  const feeders = context.edgesTo(fn, { role: 'none' });
  const edge = feeders.find((candidate) => seen.has(candidate.from)) ?? feeders[0];
  if (!edge) return { via: 'unknown' };
  const fromKind = context.kindOf(edge.from) ?? '';
  if (fromKind === 'AWS::SQS::Queue') {
    return { via: 'queue', queue: edge.from, fn, edge, fifo: context.config(context.node(edge.from)!).FifoQueue === true };
  }
  if (STREAM_KINDS.has(fromKind)) return { via: 'stream', stream: edge.from, fn, edge };
  if (isAsynchronous(context, edge)) return { via: 'async', from: edge.from, fn, edge };
  return { via: 'sync', from: edge.from, fn, edge };
}

/** Where a failing message should go, in words fitted to how its function is fed. */
export function keepFailedFix(context: DesignContext, path: FailurePath): string {
  switch (path.via) {
    case 'queue':
      return `Give ${path.queue} a dead-letter queue${path.fifo ? ' (a FIFO queue, like its source)' : ''}: connect ${path.queue} to it with role dead-letter and a maxReceiveCount of a few receives, so the message is moved aside after that many failed attempts.`;
    case 'stream':
      return `On the event source ${context.edgeKey(path.edge)}, limit the retries (MaximumRetryAttempts, or MaximumRecordAgeInSeconds), set BisectBatchOnFunctionError: true so only the bad record is held back, and name an on-failure destination (DestinationConfig.OnFailure: an SQS queue or SNS topic) that keeps a record of what was skipped.`;
    case 'async':
      return `Give ${path.fn} an on-failure destination (connect it to an SQS queue or SNS topic with role on-failure) or a dead-letter queue (role dead-letter): after the retries of an asynchronous invocation the event is sent there instead of being dropped.`;
    case 'sync':
      return `${path.from} calls ${path.fn} synchronously, so a failure goes back to the caller and nothing keeps the message. Put an SQS queue with a dead-letter queue between them, or invoke ${path.fn} asynchronously (invocationType: Event) with an on-failure destination.`;
    case 'refused':
      return `The message never reached a consumer: ${path.node} refused it (${path.reason}). Fix that first; then give the consumer a place for the messages that fail.`;
    case 'unknown':
      return 'Follow the message in the replay to where it stopped, and give the component that failed it a dead-letter queue or on-failure destination.';
  }
}
