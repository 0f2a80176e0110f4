import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::CloudFormation::Stack',
    label: 'CloudFormation stack',
    category: 'Deployment and developer tools',
    icon: 'cloudformation',
    summary: 'Creates, updates and deletes a template’s resources as one unit, rolling back on failure.',
    section: 'CloudFormation',
    config: z.object({
      TemplateURL: z.string().optional().meta({ description: 'Nested stack: the S3 URL of its template.' }),
      TimeoutInMinutes: z.number().int().optional().meta({ unit: 'min', description: 'How long creation may take before the stack fails.' }),
      Parameters: z.record(z.string(), z.string()).optional().meta({ description: 'Values for the template’s Parameters section.' }),
      onFailure: z
        .enum(['ROLLBACK', 'DELETE', 'DO_NOTHING'])
        .default('ROLLBACK')
        .meta({ description: 'CreateStack OnFailure: what happens to created resources when creation fails.' }),
      terminationProtection: z
        .boolean()
        .default(false)
        .meta({ description: 'CreateStack EnableTerminationProtection: DeleteStack is refused while it is on.' }),
      transform: z
        .array(z.string())
        .default([])
        .meta({ description: 'The template’s Transform section, e.g. AWS::Serverless-2016-10-31 for a SAM template (optional).' }),
      templateResources: z
        .array(
          z.object({
            logicalId: z.string(),
            type: z.string(),
            DeletionPolicy: z
              .enum(['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot'])
              .default('Delete')
              .meta({ description: 'What happens to the resource when the stack is deleted.' }),
          }),
        )
        .default([])
        .meta({ description: 'The template’s Resources section: logical ids, resource types and DeletionPolicy, in creation order.' }),
      exports: z.array(z.string()).default([]).meta({ description: 'Export names of the template’s Outputs.' }),
      region: z.string().default('us-east-1').meta({ description: 'Game setting: the Region the stack is deployed in.' }),
      operation: z
        .enum(['create', 'update', 'delete'])
        .default('create')
        .meta({ description: 'Game setting: the stack operation the design plans.' }),
      failingResource: z
        .string()
        .optional()
        .meta({ description: 'Game setting: the logical id of a resource that fails during the operation, to see what CloudFormation does.' }),
    }),
    accepts: [
      {
        from: ['AWS::CloudFormation::Stack'],
        verb: 'imports exported outputs of',
        config: z.object({
          importNames: z.array(z.string()).default([]).meta({ description: 'Export names read with Fn::ImportValue.' }),
        }),
      },
      { from: ['AWS::CodePipeline::Pipeline'], verb: 'creates or updates (deploy action)' },
      { from: ['Actor::Client'], verb: 'creates, updates or deletes' },
    ],
  },
];
