import { METRIC_PUBLISHING_SERVICES } from '../../../catalog/services/cloudwatch.ts';
import { defineRule } from '../../define.ts';

export const highResolutionOnlyCustomMetrics = defineRule({
  id: 'cloudwatch/high-resolution-only-custom-metrics',
  severity: 'error',
  title: 'A high-resolution metric from an AWS service',
  source: { section: 'Cloudwatch', quote: 'Custom metrics: can be used for RAM, # logged-in users. Min 1min granularity' },
  facts: ['cw.custom.resolution'],
  currentFact: 'High resolution (1 second) is for custom metrics published with PutMetricData StorageResolution 1; AWS service metrics are standard resolution.',
  check(design) {
    return design
      .nodesOfKind('AWS::CloudWatch::Alarm')
      .flatMap((alarm) => design.edgesTo(alarm.id, { kind: METRIC_PUBLISHING_SERVICES }))
      .filter((edge) => design.edgeConfig(edge).storageResolution === 1)
      .map((edge) => ({
        message: `${edge.from} is an AWS service, whose metrics are not high-resolution, but the edge to ${edge.to} says storageResolution 1.`,
        why: 'AWS services publish their own metrics at standard resolution (1 minute, or 5 minutes for some). Only your code can publish 1-second data, as a custom metric with StorageResolution 1.',
        fix: 'Set storageResolution: 60 on the edge, or publish a custom high-resolution metric from the code that sees the events.',
        nodes: [edge.from, edge.to],
        edges: [design.edgeKey(edge)],
        property: 'storageResolution',
      }));
  },
});
