import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::CodeCommit::Repository',
    label: 'CodeCommit repository',
    category: 'Deployment and developer tools',
    icon: 'codecommit',
    summary: 'A managed Git repository.',
    section: 'CodeCommit',
    config: z.object({}),
    accepts: [],
  },
  {
    kind: 'AWS::CodeBuild::Project',
    label: 'CodeBuild project',
    category: 'Deployment and developer tools',
    icon: 'codebuild',
    summary: 'Builds and tests code as told by buildspec.yml.',
    section: 'CodeBuild',
    config: z.object({}),
    accepts: [],
  },
  {
    kind: 'AWS::CodeDeploy::DeploymentGroup',
    label: 'CodeDeploy deployment group',
    category: 'Deployment and developer tools',
    icon: 'codedeploy',
    summary: 'Deploys revisions to EC2, Lambda or on-premises with lifecycle hooks.',
    section: 'CodeDeploy',
    config: z.object({}),
    accepts: [],
  },
  {
    kind: 'AWS::CodePipeline::Pipeline',
    label: 'CodePipeline pipeline',
    category: 'Deployment and developer tools',
    icon: 'codepipeline',
    summary: 'Runs source, build, approval and deploy stages in order.',
    section: 'CodePipeline',
    config: z.object({}),
    accepts: [],
  },
];
