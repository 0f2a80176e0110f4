import { rangeRule } from '../../define.ts';

export const idleTimeoutRange = rangeRule({
  id: 'elb/idle-timeout-range',
  severity: 'error',
  title: 'Load balancer idle timeout is 1 to 4,000 seconds',
  source: {
    section: 'Networking',
    quote: "If it returns 504, it means the gateway has timed out. The app might be failing in the web server or db server.",
  },
  facts: ['elb.504.timeout'],
  kind: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  property: 'idleTimeoutSeconds',
  min: 1,
  max: 4_000,
  unit: 's',
  why: 'The idle timeout (idle_timeout.timeout_seconds, default 60 s) is how long the load balancer keeps a connection with no data; when a target stays silent longer, the client gets 504 Gateway Timeout. AWS accepts 1 to 4,000 s.',
  fix: 'Set idleTimeoutSeconds between 1 and 4,000, a little above the slowest response the targets need; move longer work off the request path.',
});
