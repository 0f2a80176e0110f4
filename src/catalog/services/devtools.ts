import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

/** Every lifecycle event an appspec hooks section can name, across compute platforms. */
export const LIFECYCLE_HOOK_NAMES = [
  'ApplicationStop',
  'DownloadBundle',
  'BeforeInstall',
  'Install',
  'AfterInstall',
  'ApplicationStart',
  'ValidateService',
  'BeforeBlockTraffic',
  'BlockTraffic',
  'AfterBlockTraffic',
  'AllowTestTraffic',
  'AfterAllowTestTraffic',
  'BeforeAllowTraffic',
  'AllowTraffic',
  'AfterAllowTraffic',
] as const;
export type LifecycleHookName = (typeof LIFECYCLE_HOOK_NAMES)[number];

const PipelineAction = z.object({
  Name: z.string(),
  ActionTypeId: z.object({
    Category: z.enum(['Source', 'Build', 'Test', 'Deploy', 'Approval', 'Invoke', 'Compute']),
    Owner: z.enum(['AWS', 'ThirdParty', 'Custom']).default('AWS'),
    Provider: z.string().meta({ description: 'e.g. CodeCommit, CodeBuild, CodeDeploy, ElasticBeanstalk, CloudFormation, Manual.' }),
    Version: z.string().default('1'),
  }),
  RunOrder: z.number().int().default(1).meta({ description: 'Actions with the same RunOrder in a stage run in parallel.' }),
});

const PipelineStage = z.object({
  Name: z.string(),
  Actions: z.array(PipelineAction),
});

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::CodeCommit::Repository',
    label: 'CodeCommit repository',
    category: 'Deployment and developer tools',
    icon: 'codecommit',
    summary: 'A managed Git repository.',
    section: 'CodeCommit',
    config: z.object({
      RepositoryName: z.string().optional().meta({ description: 'Name of the repository.' }),
      KmsKeyId: z.string().optional().meta({ description: 'KMS key for encryption at rest (an AWS managed key when left out).' }),
    }),
    accepts: [
      { from: ['Actor::Client'], verb: 'pushes commits to' },
      { from: ['AWS::CodePipeline::Pipeline', 'AWS::CodeBuild::Project'], verb: 'reads source from' },
    ],
  },
  {
    kind: 'AWS::CodeBuild::Project',
    label: 'CodeBuild project',
    category: 'Deployment and developer tools',
    icon: 'codebuild',
    summary: 'Builds and tests code as told by buildspec.yml.',
    section: 'CodeBuild',
    config: z.object({
      Source: z
        .object({
          Type: z
            .enum(['CODECOMMIT', 'CODEPIPELINE', 'GITHUB', 'GITHUB_ENTERPRISE', 'BITBUCKET', 'GITLAB', 'S3', 'NO_SOURCE'])
            .meta({ description: 'Where the source comes from.' }),
          Location: z.string().optional().meta({ description: 'Repository URL or S3 object of the source.' }),
          BuildSpec: z
            .string()
            .optional()
            .meta({ description: 'Inline buildspec YAML, or a path to another buildspec file; when left out, buildspec.yml at the source root.' }),
        })
        .optional()
        .meta({ description: 'The source code and buildspec of the project (required in CloudFormation).' }),
      Environment: z
        .object({
          ComputeType: z.string().default('BUILD_GENERAL1_SMALL'),
          Image: z.string().default('aws/codebuild/standard:7.0'),
          Type: z.string().default('LINUX_CONTAINER'),
        })
        .optional()
        .meta({ description: 'The build container.' }),
      TimeoutInMinutes: z.number().int().default(60).meta({ unit: 'min', description: 'How long a build may run before CodeBuild stops it.' }),
      Cache: z
        .object({
          Type: z.enum(['NO_CACHE', 'S3', 'LOCAL']).default('NO_CACHE'),
          Location: z.string().optional().meta({ description: 'S3 bucket/prefix for an S3 cache.' }),
          Modes: z
            .array(z.enum(['LOCAL_SOURCE_CACHE', 'LOCAL_DOCKER_LAYER_CACHE', 'LOCAL_CUSTOM_CACHE']))
            .optional()
            .meta({ description: 'What a LOCAL cache keeps.' }),
        })
        .default({ Type: 'NO_CACHE' })
        .meta({ description: 'Build cache: reuses downloaded dependencies between builds.' }),
      dependenciesMB: z
        .number()
        .default(0)
        .meta({ unit: 'MB', description: 'Game setting: size of the dependencies each build downloads.' }),
    }),
    accepts: [
      { from: ['Actor::Client'], verb: 'starts builds of' },
      { from: ['AWS::CodePipeline::Pipeline'], verb: 'runs build and test actions in' },
    ],
  },
  {
    kind: 'AWS::CodeDeploy::DeploymentGroup',
    label: 'CodeDeploy deployment group',
    category: 'Deployment and developer tools',
    icon: 'codedeploy',
    summary: 'Deploys revisions to EC2, Lambda or on-premises with lifecycle hooks.',
    section: 'CodeDeploy',
    config: z.object({
      DeploymentConfigName: z
        .string()
        .default('CodeDeployDefault.OneAtATime')
        .meta({ description: 'How many instances deploy at once, or how traffic shifts (Lambda, ECS).' }),
      DeploymentStyle: z
        .object({
          DeploymentType: z.enum(['IN_PLACE', 'BLUE_GREEN']).default('IN_PLACE'),
          DeploymentOption: z.enum(['WITH_TRAFFIC_CONTROL', 'WITHOUT_TRAFFIC_CONTROL']).default('WITHOUT_TRAFFIC_CONTROL'),
        })
        .default({ DeploymentType: 'IN_PLACE', DeploymentOption: 'WITHOUT_TRAFFIC_CONTROL' })
        .meta({ description: 'In-place or blue/green, and whether a load balancer moves traffic.' }),
      AutoRollbackConfiguration: z
        .object({
          Enabled: z.boolean().default(false),
          Events: z.array(z.enum(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM', 'DEPLOYMENT_STOP_ON_REQUEST'])).default([]),
        })
        .default({ Enabled: false, Events: [] })
        .meta({ description: 'Redeploy the last good revision automatically when a deployment fails or an alarm stops it.' }),
      computePlatform: z
        .enum(['Server', 'Lambda', 'ECS'])
        .default('Server')
        .meta({ description: 'ComputePlatform of the AWS::CodeDeploy::Application the group belongs to: Server is EC2/on-premises.' }),
      hooks: z
        .array(z.enum(LIFECYCLE_HOOK_NAMES))
        .default([])
        .meta({ description: 'Game setting: the lifecycle events the appspec.yml hooks section runs scripts for, in the order you expect them to run.' }),
      failingHook: z
        .enum(LIFECYCLE_HOOK_NAMES)
        .optional()
        .meta({ description: "Game setting: a lifecycle event whose script fails, to see what the deployment does." }),
    }),
    accepts: [
      { from: ['Actor::Client'], verb: 'starts deployments of' },
      { from: ['AWS::CodePipeline::Pipeline'], verb: 'runs deploy actions with' },
      { from: ['AWS::CloudWatch::Alarm'], verb: 'stops deployments of (and may roll back)' },
    ],
  },
  {
    kind: 'AWS::CodePipeline::Pipeline',
    label: 'CodePipeline pipeline',
    category: 'Deployment and developer tools',
    icon: 'codepipeline',
    summary: 'Runs source, build, approval and deploy stages in order.',
    section: 'CodePipeline',
    config: z.object({
      Stages: z.array(PipelineStage).default([]).meta({ description: 'Stages in the order they run; each holds actions.' }),
      RestartExecutionOnUpdate: z.boolean().default(false).meta({ description: 'Rerun the pipeline when its definition changes.' }),
    }),
    accepts: [{ from: ['Actor::Client'], verb: 'releases changes through' }],
  },
];
