import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

/** Deployment settings are OptionSettings of the aws:elasticbeanstalk:command namespace. */
const COMMAND_OPTION = 'OptionSettings entry, namespace aws:elasticbeanstalk:command, option';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::ElasticBeanstalk::Environment',
    label: 'Elastic Beanstalk environment',
    category: 'Compute',
    icon: 'elastic-beanstalk',
    summary: 'Runs a web or worker application with managed capacity and deployments.',
    section: 'Elastic beanstalk',
    config: z.object({
      Tier: z
        .object({
          Name: z.enum(['WebServer', 'Worker']).default('WebServer').meta({ description: 'WebServer serves HTTP; Worker processes jobs from an SQS queue.' }),
          Type: z.enum(['Standard', 'SQS/HTTP']).default('Standard').meta({ description: 'Standard for WebServer, SQS/HTTP for Worker.' }),
        })
        .default({ Name: 'WebServer', Type: 'Standard' })
        .meta({ description: 'The environment tier.' }),
      SolutionStackName: z.string().optional().meta({ description: 'A managed platform, e.g. "64bit Amazon Linux 2023 v6.1.0 running Node.js 20".' }),
      PlatformArn: z.string().optional().meta({ description: 'ARN of the platform version the environment runs.' }),
      CNAMEPrefix: z.string().optional().meta({ description: 'Prefix of the environment URL (<prefix>.<region>.elasticbeanstalk.com).' }),
      deploymentPolicy: z
        .enum(['AllAtOnce', 'Rolling', 'RollingWithAdditionalBatch', 'Immutable', 'TrafficSplitting'])
        .default('AllAtOnce')
        .meta({ description: `${COMMAND_OPTION} DeploymentPolicy: how a new application version reaches the instances.` }),
      batchSizeType: z
        .enum(['Percentage', 'Fixed'])
        .default('Percentage')
        .meta({ description: `${COMMAND_OPTION} BatchSizeType: batchSize is a percentage of the instances or a fixed count.` }),
      batchSize: z
        .number()
        .int()
        .default(100)
        .meta({ description: `${COMMAND_OPTION} BatchSize: instances (or percent of instances) deployed per batch in rolling deployments.` }),
      environmentType: z
        .enum(['LoadBalanced', 'SingleInstance'])
        .default('LoadBalanced')
        .meta({ description: 'OptionSettings entry, namespace aws:elasticbeanstalk:environment, option EnvironmentType.' }),
      minSize: z
        .number()
        .int()
        .default(1)
        .meta({ description: 'OptionSettings entry, namespace aws:autoscaling:asg, option MinSize: instances in service when a deployment starts.' }),
      maxSize: z.number().int().default(4).meta({ description: 'OptionSettings entry, namespace aws:autoscaling:asg, option MaxSize.' }),
      newVersionPercent: z
        .number()
        .optional()
        .meta({ description: 'OptionSettings entry, namespace aws:elasticbeanstalk:trafficsplitting, option NewVersionPercent.' }),
      production: z.boolean().default(false).meta({ description: 'Game setting: the environment serves production traffic.' }),
      requestDurationMs: z
        .number()
        .default(100)
        .meta({ unit: 'ms', description: 'Game setting: how long the application works on one request or job.' }),
    }),
    accepts: [
      { from: [...APPLICATION_KINDS, 'AWS::Route53::RecordSet'], verb: 'sends requests to' },
      { from: ['AWS::SQS::Queue'], verb: 'is polled (by the worker daemon) for' },
      { from: ['AWS::CodePipeline::Pipeline'], verb: 'deploys application versions to' },
    ],
  },
];
