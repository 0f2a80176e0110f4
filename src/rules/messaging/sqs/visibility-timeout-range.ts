import { rangeRule } from '../../define.ts';
import { QUEUE } from '../kinds.ts';

export const visibilityTimeoutRange = rangeRule({
  id: 'sqs/visibility-timeout-range',
  severity: 'error',
  title: 'Visibility timeout outside 0–43,200 seconds',
  source: { section: 'SQS', quote: 'Default timeout is 30s, can be increased up to 12h.' },
  facts: ['sqs.visibility.timeout'],
  kind: QUEUE,
  property: 'VisibilityTimeout',
  min: 0,
  max: 43_200,
  unit: 's',
  why: 'A received message stays hidden for the visibility timeout: 30 s by default, at most 12 hours (43,200 s). SQS rejects anything else.',
  fix: 'Set VisibilityTimeout between 0 and 43,200 s, a little longer than the consumer needs to process and delete a message.',
});
