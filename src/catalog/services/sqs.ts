import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import { s3NotificationConfig } from '../s3-notification.ts';
import type { ComponentDefinition } from '../types.ts';

/**
 * How a consumer polls a queue (ReceiveMessage parameters). Exported so every kind that can
 * poll a queue (instances, containers, environments) declares the same edge config.
 */
export const queuePollerConfig = z.object({
  maxNumberOfMessages: z
    .number()
    .int()
    .default(1)
    .meta({ description: 'ReceiveMessage MaxNumberOfMessages: messages returned per receive call (SQS allows 1–10).' }),
  waitTimeSeconds: z
    .number()
    .int()
    .optional()
    .meta({ unit: 's', description: 'ReceiveMessage WaitTimeSeconds: overrides the queue’s ReceiveMessageWaitTimeSeconds for this consumer.' }),
});

/** What a sender sets on each message it sends to a queue. */
const sendMessageConfig = z.object({
  messageGroupId: z.string().optional().meta({ description: 'The message attribute used as MessageGroupId (required by FIFO queues).' }),
  deduplicationId: z
    .string()
    .optional()
    .meta({ description: 'FIFO: the message attribute used as MessageDeduplicationId (needed unless ContentBasedDeduplication is on).' }),
  delaySeconds: z.number().int().optional().meta({ unit: 's', description: 'Per-message timer (standard queues only; 0–900 s).' }),
});

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::SQS::Queue',
    label: 'SQS queue',
    category: 'Application integration',
    icon: 'sqs',
    summary: 'A durable, pull-based message queue: standard (at-least-once, best-effort order) or FIFO.',
    section: 'SQS',
    config: z.object({
      QueueName: z
        .string()
        .optional()
        .meta({ description: 'Up to 80 letters, digits, "-" or "_"; a FIFO queue’s name ends in ".fifo". Omitted: CloudFormation generates one.' }),
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
      SqsManagedSseEnabled: z
        .boolean()
        .optional()
        .meta({ description: 'Server-side encryption with SQS-owned keys (SSE-SQS); left out, new queues get it unless KmsMasterKeyId is set.' }),
      KmsMasterKeyId: z
        .string()
        .optional()
        .meta({ description: 'SSE-KMS instead of SSE-SQS: a KMS key id or alias, e.g. alias/aws/sqs (the AWS managed key).' }),
    }),
    accepts: [
      {
        from: [...APPLICATION_KINDS, 'AWS::ApiGateway::RestApi', 'AWS::StepFunctions::StateMachine'],
        verb: 'sends messages to',
        config: sendMessageConfig,
      },
      {
        from: ['AWS::SNS::Topic'],
        verb: 'delivers messages to (SQS subscription)',
        config: z.object({
          RawMessageDelivery: z
            .boolean()
            .default(false)
            .meta({ description: 'Deliver the message body as is, without the SNS JSON envelope.' }),
          FilterPolicy: z
            .record(z.string(), z.unknown())
            .optional()
            .meta({ description: 'Only messages whose attributes match this policy are delivered to this subscriber.' }),
        }),
      },
      {
        from: ['AWS::S3::Bucket'],
        verb: 'sends event notifications to',
        config: s3NotificationConfig,
      },
      {
        from: ['AWS::SQS::Queue'],
        role: 'dead-letter',
        verb: 'moves failed messages to',
        config: z.object({
          maxReceiveCount: z
            .number()
            .int()
            .default(5)
            .meta({ description: 'RedrivePolicy maxReceiveCount: receives before a message is moved to the dead-letter queue (1–1,000).' }),
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
      {
        from: ['AWS::Lambda::Function'],
        role: 'on-success',
        verb: 'sends successful asynchronous invocation records to',
      },
    ],
  },
];
