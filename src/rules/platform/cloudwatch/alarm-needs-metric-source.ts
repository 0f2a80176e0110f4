import { defineRule } from '../../define.ts';

export const alarmNeedsMetricSource = defineRule({
  id: 'cloudwatch/alarm-needs-metric-source',
  severity: 'error',
  title: 'An alarm that watches no metric',
  source: { section: 'Cloudwatch', quote: 'CloudWatch metrics: they tell the rate at which the function/code is executing, but can\'t help with debugging the error' },
  facts: [],
  check(design) {
    return design
      .nodesOfKind('AWS::CloudWatch::Alarm')
      .filter((alarm) => design.edgesTo(alarm.id).length === 0)
      .map((alarm) => ({
        message: `${alarm.id}: no component publishes the metric this alarm watches.`,
        why: 'An alarm evaluates one metric (or a metric math expression); with no data it stays in INSUFFICIENT_DATA and never acts.',
        fix: `Connect the component whose metric ${alarm.id} watches (a queue, function, load balancer, table, or code publishing a custom metric) to the alarm, and set Namespace and MetricName.`,
        nodes: [alarm.id],
        edges: [],
      }));
  },
});
