import { rangeRule } from '../../define.ts';
import { QUEUE } from '../kinds.ts';

export const delaySecondsRange = rangeRule({
  id: 'sqs/delay-seconds-range',
  severity: 'error',
  title: 'Delay queue outside 0–900 seconds',
  source: { section: 'SQS', quote: "Delay queue: postpone delivery of new messages when they're first added to the queue, default delay is 0s, max 900s." },
  facts: ['sqs.delay.queue'],
  kind: QUEUE,
  property: 'DelaySeconds',
  min: 0,
  max: 900,
  unit: 's',
  why: 'A delay queue hides each new message for DelaySeconds: 0 s by default, at most 15 minutes (900 s). SQS rejects longer delays.',
  fix: 'Set DelaySeconds between 0 and 900 s; for a longer wait, schedule the message (e.g. with a Step Functions Wait state) instead.',
});
