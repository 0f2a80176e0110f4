import { rangeRule } from '../../define.ts';
import { QUEUE } from '../kinds.ts';

export const receiveWaitTimeRange = rangeRule({
  id: 'sqs/receive-wait-time-range',
  severity: 'error',
  title: 'Long-polling wait time outside 0–20 seconds',
  source: { section: 'SQS', quote: 'To have the shortest delay, use ReceiveMessageWaitTimeSeconds.' },
  facts: ['sqs.longpoll.max_wait'],
  kind: QUEUE,
  property: 'ReceiveMessageWaitTimeSeconds',
  min: 0,
  max: 20,
  unit: 's',
  why: 'ReceiveMessageWaitTimeSeconds is how long a receive waits for a message: 0 s is short polling, 1–20 s is long polling; SQS allows at most 20 s.',
  fix: 'Set ReceiveMessageWaitTimeSeconds to 20 s for long polling (or anything from 1 to 20 s).',
});
