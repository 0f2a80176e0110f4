import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const BASIC_MONITORING_PERIOD = 300;

export const alarmNeedsDetailedMonitoring = defineRule({
  id: 'ec2/alarm-needs-detailed-monitoring',
  severity: 'warning',
  title: 'An alarm faster than the instances’ 5-minute basic monitoring',
  source: {
    section: 'EC2',
    quote: 'When creating from the console, only basic monitoring by default. When creating through CLI/SDK, detailed monitoring by default.',
  },
  facts: ['asg.monitoring.default', 'ec2.detailed_monitoring'],
  currentFact:
    'With launch templates, detailed monitoring is off unless Monitoring.Enabled is true, however the group is created; it is switched on with --monitoring Enabled=true or monitor-instances, no agent needed (the CloudWatch agent adds memory, disk and logs).',
  check(design) {
    const reports: RuleReport[] = [];
    const monitored = [
      { kind: 'AWS::EC2::Instance', property: 'Monitoring' },
      { kind: 'AWS::AutoScaling::AutoScalingGroup', property: 'detailedMonitoring' },
    ];
    for (const { kind, property } of monitored) {
      for (const node of design.nodesOfKind(kind)) {
        if (design.config(node)[property] !== false) continue;
        for (const edge of design.edgesTo(node.id, { kind: 'AWS::CloudWatch::Alarm' })) {
          const alarm = design.node(edge.from);
          const period = alarm ? design.config(alarm).Period : undefined;
          if (typeof period !== 'number' || period >= BASIC_MONITORING_PERIOD) continue;
          reports.push({
            message: `${edge.from}: it evaluates ${node.id} every ${period} s, but with basic monitoring EC2 publishes the metrics only every ${BASIC_MONITORING_PERIOD} s.`,
            why: 'Basic monitoring sends EC2 metrics in 5-minute periods; an alarm with a shorter period sees missing data most of the time and reacts minutes late. Detailed monitoring sends them every minute, for a fee.',
            fix: `Turn on detailed monitoring (${property}: true), or set the alarm's Period to ${BASIC_MONITORING_PERIOD}.`,
            nodes: [node.id, edge.from],
            edges: [design.edgeKey(edge)],
            property,
          });
        }
      }
    }
    return reports;
  },
});
