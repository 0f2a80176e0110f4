import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

/** Deployment settings are OptionSettings of the aws:elasticbeanstalk:command namespace. */
const COMMAND_OPTION = 'OptionSettings entry, namespace aws:elasticbeanstalk:command, option';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::ElasticBeanstalk::Application',
    label: 'Elastic Beanstalk application',
    category: 'Compute',
    icon: 'elastic-beanstalk',
    summary: 'Holds the application versions that its environments run.',
    section: 'Elastic beanstalk',
    config: z.object({
      ApplicationName: z.string().optional().meta({ description: 'Name of the application.' }),
      ResourceLifecycleConfig: z
        .object({
          VersionLifecycleConfig: z
            .object({
              MaxCountRule: z
                .object({
                  Enabled: z.boolean().default(false),
                  MaxCount: z.number().int().optional().meta({ description: 'Versions to keep.' }),
                  DeleteSourceFromS3: z.boolean().default(false),
                })
                .optional(),
              MaxAgeRule: z
                .object({
                  Enabled: z.boolean().default(false),
                  MaxAgeInDays: z.number().int().optional().meta({ unit: 'days', description: 'Delete versions older than this.' }),
                  DeleteSourceFromS3: z.boolean().default(false),
                })
                .optional(),
            })
            .optional(),
        })
        .optional()
        .meta({ description: 'Application version lifecycle: delete old versions by count or age.' }),
      deploymentsPerDay: z
        .number()
        .default(1)
        .meta({ description: 'Game setting: new application versions uploaded per day.' }),
    }),
    accepts: [{ from: ['AWS::CodePipeline::Pipeline', 'Actor::Client'], verb: 'uploads application versions to' }],
  },
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
