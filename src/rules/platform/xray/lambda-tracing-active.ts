import { defineRule } from '../../define.ts';

export const lambdaTracingActive = defineRule({
  id: 'xray/lambda-tracing-active',
  severity: 'warning',
  title: 'A Lambda function traced without active tracing',
  source: {
    section: 'Lambda',
    quote: 'Lambda & X-Ray, no need to install daemon in Lambda. Only the IAM role assigned to Lambda should have access to X-Ray.',
  },
  facts: ['lambda.xray'],
  check(design) {
    return design
      .nodesOfKind('AWS::XRay::Group')
      .flatMap((group) => design.edgesTo(group.id, { kind: 'AWS::Lambda::Function' }))
      .filter((edge) => {
        const fn = design.node(edge.from);
        const tracing = fn ? (design.config(fn).TracingConfig as { Mode?: string } | undefined) : undefined;
        return tracing?.Mode !== 'Active';
      })
      .map((edge) => ({
        message: `${edge.from} should send traces to ${edge.to}, but its TracingConfig Mode is not Active.`,
        why: 'In Lambda you install no daemon: with TracingConfig Mode Active, Lambda runs the X-Ray daemon itself and records the invocation for sampled requests. With PassThrough (the default) it only forwards an upstream trace header.',
        fix: `Set TracingConfig: { Mode: Active } on ${edge.from}, and give its execution role xray:PutTraceSegments and xray:PutTelemetryRecords.`,
        nodes: [edge.from, edge.to],
        edges: [design.edgeKey(edge)],
        property: 'TracingConfig',
      }));
  },
});
