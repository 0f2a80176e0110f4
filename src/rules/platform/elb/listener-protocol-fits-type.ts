import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { ELBV2 } from '../shared/load-balancers.ts';

const PROTOCOLS: Record<string, readonly string[]> = {
  application: ['HTTP', 'HTTPS'],
  network: ['TCP', 'TLS', 'UDP', 'TCP_UDP'],
};

export const listenerProtocolFitsType = defineRule({
  id: 'elb/listener-protocol-fits-type',
  severity: 'error',
  title: "A listener protocol the load balancer type doesn't speak",
  source: {
    section: 'Networking',
    quote: "ALB, application load balancer: proxies HTTP and HTTPS requests. ... It doesn't support TCP passthrough ... NLB ... Allows TCP passthrough.",
  },
  facts: ['nlb.source_ip'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const lb of design.nodesOfKind(ELBV2)) {
      const config = design.config(lb);
      const allowed = PROTOCOLS[String(config.Type)];
      if (!allowed) continue;
      for (const listener of (config.listeners ?? []) as Array<{ Protocol: string; Port: number }>) {
        if (allowed.includes(listener.Protocol)) continue;
        reports.push({
          message: `${lb.id}: a ${config.Type === 'application' ? 'Application' : 'Network'} Load Balancer cannot have ${listener.Protocol.startsWith('HTTP') ? 'an' : 'a'} ${listener.Protocol} listener (port ${listener.Port}).`,
          why:
            config.Type === 'application'
              ? 'An ALB works at layer 7: its listeners speak HTTP or HTTPS only, so it cannot pass TCP or UDP connections through.'
              : 'An NLB works at layer 4: its listeners speak TCP, TLS, UDP or TCP_UDP and never parse HTTP.',
          fix:
            config.Type === 'application'
              ? `Use HTTP or HTTPS, or make ${lb.id} a Network Load Balancer for TCP passthrough.`
              : `Use TCP or TLS, or make ${lb.id} an Application Load Balancer for HTTP features.`,
          nodes: [lb.id],
          edges: [],
          property: 'listeners',
        });
      }
    }
    return reports;
  },
});
