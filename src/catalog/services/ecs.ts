import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import { streamConsumerConfig } from './kinesis.ts';
import { queuePollerConfig } from './sqs.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::ECS::Service',
    label: 'ECS service',
    category: 'Containers',
    icon: 'ecs',
    summary: 'Runs and keeps running containers on Fargate or EC2.',
    section: 'ECS',
    config: z.object({
      LaunchType: z
        .enum(['EC2', 'FARGATE', 'EXTERNAL'])
        .default('EC2')
        .meta({ description: 'FARGATE runs tasks serverless; EC2 runs them on container instances you manage.' }),
      DesiredCount: z.number().int().default(1).meta({ description: 'Tasks the service keeps running.' }),
      SchedulingStrategy: z
        .enum(['REPLICA', 'DAEMON'])
        .default('REPLICA')
        .meta({ description: 'REPLICA keeps DesiredCount tasks; DAEMON runs one task on every container instance.' }),
      TaskDefinition: z.string().optional().meta({ description: 'The task definition (family:revision) the service runs.' }),
    }),
    accepts: [
      {
        from: [...APPLICATION_KINDS, 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::Route53::RecordSet'],
        verb: 'sends requests to',
      },
      { from: ['AWS::SQS::Queue'], verb: 'is polled by', config: queuePollerConfig },
      { from: ['AWS::Kinesis::Stream'], verb: 'reads records from', config: streamConsumerConfig },
      { from: ['AWS::CodeDeploy::DeploymentGroup'], verb: 'shifts traffic to new task sets of' },
      { from: ['AWS::CodePipeline::Pipeline'], verb: 'deploys new container images to' },
    ],
  },
];
