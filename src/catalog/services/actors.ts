import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';
import { streamConsumerConfig } from './kinesis.ts';
import { queuePollerConfig } from './sqs.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'Actor::Client',
    label: 'Client',
    category: 'Actors',
    icon: 'client',
    summary: 'Users, devices or an upstream producer outside AWS; the scenario defines their traffic.',
    section: 'Compute',
    config: z.object({
      description: z.string().optional().meta({ description: 'Who this client stands for.' }),
    }),
    accepts: [
      {
        from: ['AWS::SNS::Topic'],
        verb: 'notifies (subscription to an endpoint outside AWS)',
        config: z.object({
          protocol: z
            .enum(['http', 'https', 'email', 'email-json', 'sms', 'application'])
            .default('https')
            .meta({ description: 'Subscription protocol: an HTTP(S) endpoint, an email address, a phone number (SMS) or a mobile app (application).' }),
        }),
      },
      { from: ['AWS::SQS::Queue'], verb: 'is polled by (a consumer outside AWS)', config: queuePollerConfig },
      { from: ['AWS::Kinesis::Stream'], verb: 'is read by (a consumer outside AWS)', config: streamConsumerConfig },
      { from: ['AWS::KinesisFirehose::DeliveryStream'], verb: 'delivers to (an HTTP endpoint destination)' },
    ],
  },
];
