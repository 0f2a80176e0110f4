import { rangeRule } from '../../define.ts';
import { QUEUE } from '../kinds.ts';

export const messageRetentionRange = rangeRule({
  id: 'sqs/message-retention-range',
  severity: 'error',
  title: 'Message retention outside 60–1,209,600 seconds',
  source: {
    section: 'SQS',
    quote: 'Retention period default is 4 days, but you can increase the queue message retention up to 14 days with Set QueueAttributes action',
  },
  facts: ['sqs.retention'],
  kind: QUEUE,
  property: 'MessageRetentionPeriod',
  min: 60,
  max: 1_209_600,
  unit: 's',
  why: 'SQS keeps a message for MessageRetentionPeriod: 4 days (345,600 s) by default, at least 60 s and at most 14 days (1,209,600 s), then deletes it.',
  fix: 'Set MessageRetentionPeriod between 60 and 1,209,600 s; to keep messages longer, archive them (e.g. to S3).',
});
