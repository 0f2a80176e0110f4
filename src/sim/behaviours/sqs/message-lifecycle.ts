/**
 * The life of one message in an SQS queue, as plain functions: the hot path of every queue.
 * message-lifecycle.machine.ts states the same behaviour as a statechart; a test drives both
 * with the same events and checks they agree.
 */

export type QueuedMessageState = 'delayed' | 'available' | 'inFlight' | 'deleted' | 'deadLettered' | 'expired';

export type QueuedMessageEvent =
  | { type: 'delayElapsed' }
  | { type: 'received' }
  | { type: 'deleted' }
  | { type: 'visibilityTimeoutExpired' }
  | { type: 'retentionPeriodExpired' };

export interface MessageCounters {
  state: QueuedMessageState;
  receiveCount: number;
}

export interface RedrivePolicy {
  /** Receives after which the next receive moves the message to the DLQ; undefined: no DLQ. */
  maxReceiveCount: number | undefined;
}

/** Redrive: a message received maxReceiveCount times moves to the dead-letter queue instead of being delivered again. */
export function maxReceivesReached(receiveCount: number, policy: RedrivePolicy): boolean {
  return policy.maxReceiveCount !== undefined && receiveCount >= policy.maxReceiveCount;
}

/** MessageRetentionPeriod: a message older than it is deleted by SQS, processed or not. */
export function retentionPeriodExpired(enqueuedAt: number, retentionSeconds: number, now: number): boolean {
  return now - enqueuedAt >= retentionSeconds * 1000;
}

export function isFinal(state: QueuedMessageState): boolean {
  return state === 'deleted' || state === 'deadLettered' || state === 'expired';
}

/** Applies one event to a message; returns the new state (unchanged when the event does not apply). */
export function applyMessageEvent(message: MessageCounters, event: QueuedMessageEvent, policy: RedrivePolicy): QueuedMessageState {
  if (isFinal(message.state)) return message.state;
  if (event.type === 'retentionPeriodExpired') {
    message.state = 'expired';
    return message.state;
  }
  switch (message.state) {
    case 'delayed':
      if (event.type === 'delayElapsed') message.state = 'available';
      break;
    case 'available':
      if (event.type === 'received') {
        if (maxReceivesReached(message.receiveCount, policy)) message.state = 'deadLettered';
        else {
          message.receiveCount++;
          message.state = 'inFlight';
        }
      }
      break;
    case 'inFlight':
      if (event.type === 'deleted') message.state = 'deleted';
      else if (event.type === 'visibilityTimeoutExpired') message.state = 'available';
      break;
  }
  return message.state;
}
