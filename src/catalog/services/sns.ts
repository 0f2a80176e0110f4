import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import { s3NotificationConfig } from '../s3-notification.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::SNS::Topic',
    label: 'SNS topic',
    category: 'Application integration',
    icon: 'sns',
    summary: 'Pushes each message to every subscriber: queues, functions, HTTP, email, SMS.',
    section: 'SNS',
    config: z.object({
      TopicName: z
        .string()
        .optional()
        .meta({ description: 'Up to 256 letters, digits, "-" or "_"; a FIFO topic’s name ends in ".fifo". Omitted: CloudFormation generates one.' }),
      FifoTopic: z
        .boolean()
        .default(false)
        .meta({ description: 'FIFO topic: ordered, deduplicated delivery per message group, to SQS queues only.' }),
      ContentBasedDeduplication: z
        .boolean()
        .default(false)
        .meta({ description: 'FIFO only: deduplicate by a SHA-256 hash of the body instead of an explicit deduplication id.' }),
      DisplayName: z.string().optional().meta({ description: 'The sender name shown in SMS and email notifications.' }),
      KmsMasterKeyId: z.string().optional().meta({ description: 'Server-side encryption: a KMS key id or alias.' }),
    }),
    accepts: [
      {
        from: [...APPLICATION_KINDS, 'AWS::ApiGateway::RestApi', 'AWS::StepFunctions::StateMachine'],
        verb: 'publishes messages to',
        config: z.object({
          messageGroupId: z.string().optional().meta({ description: 'FIFO topics: the message attribute used as MessageGroupId.' }),
          deduplicationId: z
            .string()
            .optional()
            .meta({ description: 'FIFO topics: the message attribute used as MessageDeduplicationId (needed unless ContentBasedDeduplication is on).' }),
        }),
      },
      {
        from: ['AWS::S3::Bucket'],
        verb: 'sends event notifications to',
        config: s3NotificationConfig,
      },
      { from: ['AWS::CloudWatch::Alarm'], verb: 'sends alarm notifications to' },
      {
        from: ['AWS::SES::EmailIdentity'],
        verb: 'publishes email feedback notifications to',
        config: z.object({
          notificationTypes: z
            .array(z.enum(['Bounce', 'Complaint', 'Delivery']))
            .default(['Bounce', 'Complaint'])
            .meta({ description: 'Which SES notifications this topic receives for the identity.' }),
        }),
      },
      { from: ['AWS::Lambda::Function'], role: 'dead-letter', verb: 'sends failed asynchronous events to' },
      { from: ['AWS::Lambda::Function'], role: 'on-failure', verb: 'sends failed invocation records to' },
      { from: ['AWS::Lambda::Function'], role: 'on-success', verb: 'sends successful asynchronous invocation records to' },
    ],
  },
];
