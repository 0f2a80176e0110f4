import { defineRule } from '../../define.ts';

/** Metrics EC2 does not see from the hypervisor; the CloudWatch agent publishes them from inside the instance. */
const IN_GUEST_METRIC = /mem|swap|disk_?used|diskspace|disk_used_percent|filesystem/i;

export const ec2MemoryNeedsAgent = defineRule({
  id: 'cloudwatch/ec2-memory-needs-agent',
  severity: 'error',
  title: 'An alarm on an EC2 metric that EC2 does not publish',
  source: { section: 'Cloudwatch', quote: 'host level metrics: CPU, network, disk and status check ... Custom metrics: can be used for RAM, # logged-in users.' },
  facts: ['cw.host_metrics'],
  check(design) {
    return design
      .nodesOfKind('AWS::CloudWatch::Alarm')
      .filter((alarm) => {
        const config = design.config(alarm);
        return config.Namespace === 'AWS/EC2' && typeof config.MetricName === 'string' && IN_GUEST_METRIC.test(config.MetricName);
      })
      .map((alarm) => ({
        message: `${alarm.id}: AWS/EC2 has no ${String(design.config(alarm).MetricName)} metric.`,
        why: 'EC2 publishes only what the hypervisor sees: CPU, network, disk I/O and status checks. Memory and disk-space use are inside the operating system, so the CloudWatch agent (or your code) must publish them as custom metrics, by default in the CWAgent namespace.',
        fix: 'Install the CloudWatch agent on the instances and alarm on its metric (Namespace CWAgent, MetricName mem_used_percent).',
        nodes: [alarm.id],
        edges: [],
        property: 'Namespace',
      }));
  },
});
