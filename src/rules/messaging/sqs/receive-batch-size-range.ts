import { edgeRangeRule } from '../edge-range-rule.ts';
import { QUEUE, SELF_POLLING_KINDS } from '../kinds.ts';

export const receiveBatchSizeRange = edgeRangeRule({
  id: 'sqs/receive-batch-size-range',
  severity: 'error',
  title: 'A consumer receiving more than 10 messages per call',
  source: { section: 'SQS', quote: 'When retrieving messages from a queue, you can retrieve max 10 messages' },
  facts: ['sqs.receive.max_batch'],
  fromKind: QUEUE,
  toKinds: SELF_POLLING_KINDS,
  applies: (_design, edge) => edge.role === undefined,
  property: 'maxNumberOfMessages',
  min: 1,
  max: 10,
  why: 'ReceiveMessage returns 1 to 10 messages per call (MaxNumberOfMessages, default 1); SQS rejects larger values.',
  fix: 'Set maxNumberOfMessages between 1 and 10 on the edge; 10 with long polling gives the fewest requests.',
});
