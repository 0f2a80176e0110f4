import { rangeRule } from '../../define.ts';
import { QUEUE } from '../kinds.ts';

export const maximumMessageSizeRange = rangeRule({
  id: 'sqs/maximum-message-size-range',
  severity: 'error',
  title: 'Maximum message size outside 1 KiB–1 MiB',
  source: {
    section: 'SQS',
    quote: 'Message size limit is 256kb. For larger messages, store the messages in S3 and use Amazon SQS extended client library for Java to manage them',
  },
  facts: ['sqs.message.size'],
  currentFact:
    'The SQS limit is now 1 MiB (1,048,576 bytes), not 256 KB; MaximumMessageSize is configurable from 1,024 bytes to 1 MiB. The Extended Client Library (payload in S3) still carries messages up to 2 GB.',
  kind: QUEUE,
  property: 'MaximumMessageSize',
  min: 1_024,
  max: 1_048_576,
  unit: 'bytes',
  why: 'A queue accepts message bodies up to MaximumMessageSize: from 1,024 bytes (1 KiB) to 1,048,576 bytes (1 MiB, the default). SQS rejects other values.',
  fix: 'Set MaximumMessageSize between 1,024 and 1,048,576 bytes; for larger payloads store them in S3 and send a pointer (SQS Extended Client Library).',
});
