import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** Compute where the code's segments need a daemon or collector beside it to reach X-Ray. */
const DAEMON_HOSTS = ['AWS::EC2::Instance', 'AWS::AutoScaling::AutoScalingGroup', 'AWS::ECS::Service', 'AWS::ElasticBeanstalk::Environment'];

export const daemonRequiredOutsideLambda = defineRule({
  id: 'xray/daemon-required-outside-lambda',
  severity: 'error',
  title: 'Traces from EC2 or ECS with no X-Ray daemon to send them',
  source: {
    section: 'X-Ray',
    quote: 'Prerequisites: install X-Ray daemon in the instance, create IAM role, give X-Ray permission ... and instrument the app with daemon and SDK.',
  },
  facts: ['xray.daemon.prereq', 'ecs.xray.sidecar'],
  currentFact:
    'The X-Ray SDKs and daemon entered maintenance mode on Feb 25 2026 (end of support Feb 25 2027); AWS now recommends OpenTelemetry instrumentation (ADOT or the CloudWatch agent), which still needs a collector beside EC2 and ECS workloads.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const group of design.nodesOfKind('AWS::XRay::Group')) {
      for (const edge of design.edgesTo(group.id, { kind: DAEMON_HOSTS })) {
        const daemon = design.edgeConfig(edge).daemon;
        const ecs = design.kindOf(edge.from) === 'AWS::ECS::Service';
        const source = design.node(edge.from);
        const fargate = ecs && source !== undefined && design.config(source).LaunchType === 'FARGATE';
        if (daemon === 'sidecar' || (daemon === 'on-host' && !fargate)) continue;
        reports.push({
          message:
            daemon === 'none'
              ? `${edge.from} sends traces to ${group.id}, but no X-Ray daemon runs beside its code.`
              : `${edge.from} runs on Fargate, where there is no host to install the X-Ray daemon on.`,
          why: ecs
            ? 'The SDK sends segments over UDP to a daemon (or OpenTelemetry collector) that batches them to the X-Ray API. On ECS it runs as a sidecar container in the task (AWS_XRAY_DAEMON_ADDRESS tells the SDK where); Fargate gives no access to the host.'
            : 'The SDK sends segments over UDP port 2000 to the X-Ray daemon (or an OpenTelemetry collector), which batches them to the X-Ray API. On EC2 you install and run it yourself (Beanstalk installs it when X-Ray is enabled); without it the segments are dropped.',
          fix: ecs
            ? `Add the daemon (or the ADOT collector) as a sidecar container in ${edge.from}'s task definition: daemon: sidecar on the edge.`
            : `Install the daemon (or the CloudWatch agent / ADOT collector) on ${edge.from}'s instances: daemon: on-host on the edge.`,
          nodes: [edge.from, group.id],
          edges: [design.edgeKey(edge)],
          property: 'daemon',
        });
      }
    }
    return reports;
  },
});
