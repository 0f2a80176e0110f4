import { defineRule } from '../../define.ts';
import { SUB_MINUTE_PERIODS } from './period-valid.ts';

export const subMinutePeriodNeedsHighResolution = defineRule({
  id: 'cloudwatch/sub-minute-period-needs-high-resolution',
  severity: 'warning',
  title: 'A sub-minute alarm period on a standard-resolution metric',
  source: { section: 'Cloudwatch', quote: 'Custom metrics: can be used for RAM, # logged-in users. Min 1min granularity' },
  facts: ['cw.custom.resolution'],
  currentFact:
    'Custom metrics are not limited to 1 minute: published with StorageResolution 1 they are high-resolution (1-second granularity), and alarms on them can use 10, 20 or 30 s periods. Standard resolution is 1 minute.',
  check(design) {
    return design
      .nodesOfKind('AWS::CloudWatch::Alarm')
      .filter((alarm) => SUB_MINUTE_PERIODS.includes(Number(design.config(alarm).Period)))
      .flatMap((alarm) => {
        const sources = design.edgesTo(alarm.id);
        if (sources.length === 0 || sources.some((edge) => design.edgeConfig(edge).storageResolution === 1)) return [];
        return [
          {
            message: `${alarm.id}: a ${String(design.config(alarm).Period)} s period, but ${sources.map((edge) => edge.from).join(', ')} publish${sources.length === 1 ? 'es' : ''} standard-resolution (1-minute) data.`,
            why: 'A 10, 20 or 30 s period only gets data from a metric stored at 1-second resolution; on a 1-minute metric most periods are empty, the alarm keeps lapsing into INSUFFICIENT_DATA, and high-resolution alarms cost more.',
            fix: 'Publish the metric as a high-resolution custom metric (storageResolution: 1 on the edge), or set Period to 60 s or more.',
            nodes: [alarm.id, ...sources.map((edge) => edge.from)],
            edges: sources.map((edge) => design.edgeKey(edge)),
            property: 'Period',
          },
        ];
      });
  },
});
