import { z } from 'zod';
import { AWS_APPLICATION_KINDS } from '../groups.ts';
import type { ComponentDefinition } from '../types.ts';

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::XRay::Group',
    label: 'X-Ray tracing',
    category: 'Management and monitoring',
    icon: 'xray',
    summary: 'Traces requests across services and maps where time is spent.',
    section: 'X-Ray',
    config: z.object({
      GroupName: z.string().optional().meta({ description: 'The group name.' }),
      FilterExpression: z.string().optional().meta({ description: 'Which traces belong to the group, e.g. service("orders") AND fault = true.' }),
      reservoirSize: z
        .number()
        .int()
        .default(1)
        .meta({ description: 'Game setting: the sampling rule ReservoirSize (AWS::XRay::SamplingRule): requests traced every second before the rate applies.' }),
      fixedRate: z
        .number()
        .default(0.05)
        .meta({ description: 'Game setting: the sampling rule FixedRate: the fraction (0 to 1) of requests beyond the reservoir that are traced.' }),
    }),
    accepts: [
      {
        from: [...AWS_APPLICATION_KINDS],
        verb: 'sends trace segments to',
        config: z.object({
          daemon: z
            .enum(['none', 'on-host', 'sidecar'])
            .default('none')
            .meta({
              description:
                'Game setting: where the X-Ray daemon (or an OpenTelemetry collector) that relays segments runs: none, installed on the host, or a sidecar container.',
            }),
          instrumentation: z
            .enum(['xray-sdk', 'opentelemetry'])
            .default('xray-sdk')
            .meta({ description: 'Game setting: how the code is instrumented: the X-Ray SDK, or OpenTelemetry (AWS Distro for OpenTelemetry).' }),
        }),
      },
      { from: ['AWS::ApiGateway::RestApi', 'AWS::StepFunctions::StateMachine', 'AWS::SNS::Topic'], verb: 'sends trace segments (active tracing) to' },
    ],
  },
];
