import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::SQS::Queue',
    label: 'SQS queue',
    category: 'Application integration',
    icon: 'sqs',
    summary: 'A durable, pull-based message queue: standard (at-least-once, best-effort order) or FIFO.',
    section: 'SQS',
    config: z.object({
      FifoQueue: z.boolean().default(false).meta({ description: 'First-in-first-out queue: order within a message group, exactly-once processing.' }),
      ContentBasedDeduplication: z
        .boolean()
        .default(false)
        .meta({ description: 'FIFO only: deduplicate by a SHA-256 hash of the body instead of an explicit deduplication id.' }),
      VisibilityTimeout: z.number().int().default(30).meta({ unit: 's', description: 'How long a received message stays hidden from other consumers.' }),
      DelaySeconds: z.number().int().default(0).meta({ unit: 's', description: 'How long each new message stays invisible before it can be received.' }),
      MessageRetentionPeriod: z.number().int().default(345_600).meta({ unit: 's', description: 'How long a message is kept before SQS deletes it.' }),
      MaximumMessageSize: z.number().int().default(1_048_576).meta({ unit: 'bytes', description: 'The largest message body the queue accepts.' }),
      ReceiveMessageWaitTimeSeconds: z
        .number()
        .int()
        .default(0)
        .meta({ unit: 's', description: 'Long polling: how long a receive waits for a message (0 means short polling).' }),
      FifoThroughputLimit: z
        .enum(['perQueue', 'perMessageGroupId'])
        .optional()
        .meta({ description: 'FIFO high-throughput mode sets perMessageGroupId.' }),
      DeduplicationScope: z.enum(['queue', 'messageGroup']).optional().meta({ description: 'FIFO high-throughput mode sets messageGroup.' }),
    }),
    accepts: [
      {
        from: [...APPLICATION_KINDS, 'AWS::SNS::Topic', 'AWS::S3::Bucket'],
        verb: 'sends messages to',
        config: z.object({
          messageGroupId: z.string().optional().meta({ description: 'FIFO: the message attribute used as MessageGroupId.' }),
          deduplicationId: z.string().optional().meta({ description: 'FIFO: the message attribute used as MessageDeduplicationId.' }),
          delaySeconds: z.number().int().optional().meta({ unit: 's', description: 'Per-message timer (standard queues only).' }),
        }),
      },
      {
        from: ['AWS::SQS::Queue'],
        role: 'dead-letter',
        verb: 'moves failed messages to',
        config: z.object({
          maxReceiveCount: z.number().int().default(5).meta({ description: 'Receives before a message is moved to the dead-letter queue.' }),
        }),
      },
      {
        from: ['AWS::Lambda::Function'],
        role: 'dead-letter',
        verb: 'sends failed asynchronous events to',
      },
      {
        from: ['AWS::Lambda::Function'],
        role: 'on-failure',
        verb: 'sends failed invocation records to',
      },
    ],
  },
];
