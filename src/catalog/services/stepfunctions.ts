import { z } from 'zod';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::StepFunctions::StateMachine',
    label: 'Step Functions state machine',
    category: 'Application integration',
    icon: 'step-functions',
    summary: 'Orchestrates functions as a workflow, tracking and retrying each step.',
    section: 'Lambda',
    config: z.object({}),
    accepts: [],
  },
];
