import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::SSM::Parameter',
    label: 'SSM parameter',
    category: 'Management and monitoring',
    icon: 'ssm',
    summary: 'Configuration data and secrets, loaded at run time.',
    section: 'Systems manager',
    config: z.object({
      Type: z
        .enum(['String', 'StringList', 'SecureString'])
        .default('String')
        .meta({
          description:
            'String, StringList, or SecureString (encrypted with a KMS key; a template cannot create one itself, so it is created with the API or CLI and referenced).',
        }),
      Tier: z
        .enum(['Standard', 'Advanced', 'Intelligent-Tiering'])
        .default('Standard')
        .meta({ description: 'Standard (free, values up to 4 KB), Advanced (paid, up to 8 KB, parameter policies) or Intelligent-Tiering.' }),
      DataType: z.enum(['text', 'aws:ec2:image']).default('text').meta({ description: 'text, or aws:ec2:image to validate an AMI id.' }),
      valueBytes: z.number().int().optional().meta({ unit: 'bytes', description: 'Game setting: the size of the Value.' }),
      holdsSecret: z
        .boolean()
        .default(false)
        .meta({ description: 'Game setting: the value is a password, API key, token or connection string with credentials.' }),
    }),
    accepts: [
      {
        from: [...APPLICATION_KINDS, 'AWS::CodeBuild::Project'],
        verb: 'reads configuration from',
        config: z.object({
          withDecryption: z
            .boolean()
            .default(false)
            .meta({ description: 'Game setting: GetParameter WithDecryption; without it a SecureString comes back encrypted.' }),
        }),
      },
    ],
  },
];
