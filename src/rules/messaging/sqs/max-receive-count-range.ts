import { edgeRangeRule } from '../edge-range-rule.ts';
import { QUEUE } from '../kinds.ts';
import { SQS_REDRIVE_FACT } from '../current-facts.ts';

export const maxReceiveCountRange = edgeRangeRule({
  id: 'sqs/max-receive-count-range',
  severity: 'error',
  title: 'Redrive maxReceiveCount outside 1–1,000',
  source: { section: 'SQS', quote: 'Dead letter queue: to prevent data loss, they sideline, isolate and alayze the unsucessfully processed messages.' },
  facts: ['sqs.dlq'],
  currentFact: SQS_REDRIVE_FACT,
  fromKind: QUEUE,
  toKinds: [QUEUE],
  applies: (_design, edge) => edge.role === 'dead-letter',
  property: 'maxReceiveCount',
  min: 1,
  max: 1_000,
  why: 'The redrive policy moves a message to the dead-letter queue after it has been received maxReceiveCount times; SQS accepts 1 to 1,000.',
  fix: 'Set maxReceiveCount between 1 and 1,000 on the dead-letter edge; 3–5 gives a message a few retries before it is sidelined.',
});
