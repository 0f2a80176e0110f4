import { defineRule } from '../../define.ts';

export const sdkMaintenanceMode = defineRule({
  id: 'xray/sdk-maintenance-mode',
  severity: 'info',
  title: 'X-Ray SDK and daemon are in maintenance mode',
  source: { section: 'X-Ray', quote: 'instrument the app with daemon and SDK.' },
  facts: ['xray.daemon.prereq', 'xray.sdk.features', 'ecs.xray.sidecar'],
  currentFact:
    'The X-Ray SDKs and daemon entered maintenance mode on Feb 25 2026 and reach end of support on Feb 25 2027; AWS recommends OpenTelemetry instrumentation (AWS Distro for OpenTelemetry, or the CloudWatch agent) that still sends traces to X-Ray.',
  check(design) {
    return design.nodesOfKind('AWS::XRay::Group').flatMap((group) => {
      const sdkEdges = design.edgesTo(group.id).filter((edge) => design.edgeConfig(edge).instrumentation === 'xray-sdk');
      if (sdkEdges.length === 0) return [];
      return [
        {
          message: `${sdkEdges.map((edge) => edge.from).join(', ')} instrument${sdkEdges.length === 1 ? 's' : ''} with the X-Ray SDK, which is in maintenance mode.`,
          why: 'Since Feb 25 2026 the X-Ray SDKs and daemon get only security fixes, and support ends on Feb 25 2027. OpenTelemetry SDKs and the ADOT collector (or CloudWatch agent) produce the same traces and service map in X-Ray.',
          fix: 'Instrument new code with OpenTelemetry (instrumentation: opentelemetry on the edge) and run the ADOT collector or CloudWatch agent in place of the daemon.',
          nodes: [group.id, ...sdkEdges.map((edge) => edge.from)],
          edges: sdkEdges.map((edge) => design.edgeKey(edge)),
          property: 'instrumentation',
        },
      ];
    });
  },
});
