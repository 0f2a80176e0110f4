import { edgeRangeRule } from '../edge-range-rule.ts';
import { FUNCTION, QUEUE } from '../kinds.ts';

export const lambdaBatchingWindowRange = edgeRangeRule({
  id: 'sqs/lambda-batching-window-range',
  severity: 'error',
  title: 'Lambda batching window outside 0–300 seconds',
  source: { section: 'SQS', quote: 'To reduce costs even more, group the SQS API operations in batches.' },
  facts: ['sqs.long_poll'],
  fromKind: QUEUE,
  toKinds: [FUNCTION],
  applies: (_design, edge) => edge.role === undefined,
  property: 'MaximumBatchingWindowInSeconds',
  min: 0,
  max: 300,
  unit: 's',
  why: 'Lambda gathers messages for up to MaximumBatchingWindowInSeconds before invoking the function: 0 s by default, at most 300 s (5 minutes).',
  fix: 'Set MaximumBatchingWindowInSeconds between 0 and 300 s.',
});
