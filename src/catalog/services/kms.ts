import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::KMS::Key',
    label: 'KMS key',
    category: 'Security and identity',
    icon: 'kms',
    summary: 'A managed encryption key; encrypts up to 4 KB directly, more through envelope encryption.',
    section: 'Encryption',
    config: z.object({}),
    accepts: [],
  },
];
