/**
 * Lambda's asynchronous invocation (S3 and SNS triggers, InvocationType Event) as plain functions:
 * the event waits in Lambda's own queue, is attempted, retried twice after a function error, and
 * then goes to the on-failure destination or dead-letter queue, or is lost.
 */

export type AsyncEventState = 'queued' | 'invoking' | 'waitingToRetry' | 'succeeded' | 'sentToDestination' | 'lost';

export type AsyncEventEvent =
  | { type: 'attempt' }
  | { type: 'invocationSucceeded' }
  | { type: 'functionError' }
  | { type: 'throttled' }
  | { type: 'retryTimerElapsed' }
  | { type: 'maximumEventAgeReached' };

export interface AsyncEventContext {
  state: AsyncEventState;
  /** Retries made after function errors. */
  retries: number;
  maximumRetryAttempts: number;
  hasFailureDestination: boolean;
}

export function retriesLeft(context: Pick<AsyncEventContext, 'retries' | 'maximumRetryAttempts'>): boolean {
  return context.retries < context.maximumRetryAttempts;
}

export function hasFailureDestination(context: Pick<AsyncEventContext, 'hasFailureDestination'>): boolean {
  return context.hasFailureDestination;
}

function giveUp(context: AsyncEventContext): AsyncEventState {
  return hasFailureDestination(context) ? 'sentToDestination' : 'lost';
}

export function applyAsyncEvent(context: AsyncEventContext, event: AsyncEventEvent): AsyncEventState {
  const state = context.state;
  if (state === 'succeeded' || state === 'sentToDestination' || state === 'lost') return state;
  if (event.type === 'maximumEventAgeReached') context.state = giveUp(context);
  else if (state === 'queued' && event.type === 'attempt') context.state = 'invoking';
  else if (state === 'invoking') {
    if (event.type === 'invocationSucceeded') context.state = 'succeeded';
    else if (event.type === 'throttled') context.state = 'waitingToRetry';
    else if (event.type === 'functionError') {
      if (retriesLeft(context)) {
        context.retries++;
        context.state = 'waitingToRetry';
      } else context.state = giveUp(context);
    }
  } else if (state === 'waitingToRetry' && event.type === 'retryTimerElapsed') context.state = 'invoking';
  return context.state;
}
