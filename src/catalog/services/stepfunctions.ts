import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::StepFunctions::StateMachine',
    label: 'Step Functions state machine',
    category: 'Application integration',
    icon: 'step-functions',
    summary: 'Orchestrates functions as a workflow, tracking and retrying each step.',
    section: 'Lambda',
    config: z.object({
      StateMachineType: z
        .enum(['STANDARD', 'EXPRESS'])
        .default('STANDARD')
        .meta({ description: 'STANDARD: exactly-once, runs up to one year; EXPRESS: at-least-once, high rate, up to 5 minutes.' }),
      Definition: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({
          description:
            'The workflow in Amazon States Language: StartAt and States (Task states name their Resource, here the id of the function node, with Retry and Catch). Left out: one Task per outgoing edge, in order, with no Retry.',
        }),
      expectedDurationSeconds: z
        .number()
        .default(60)
        .meta({ unit: 's', description: 'Game setting: how long one execution of the workflow takes from start to end.' }),
    }),
    accepts: [
      {
        from: [...APPLICATION_KINDS, 'AWS::ApiGateway::RestApi', 'AWS::StepFunctions::StateMachine'],
        verb: 'starts executions of',
        config: z.object({
          invocationType: z
            .enum(['StartExecution', 'StartSyncExecution'])
            .default('StartExecution')
            .meta({ description: 'StartExecution returns at once; StartSyncExecution (Express only) waits for the result.' }),
        }),
      },
    ],
  },
];
