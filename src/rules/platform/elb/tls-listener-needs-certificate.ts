import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { CLASSIC_ELB, loadBalancers } from '../shared/load-balancers.ts';

const CERTIFICATE = 'AWS::CertificateManager::Certificate';
const TLS_PROTOCOLS = ['HTTPS', 'TLS', 'SSL'];

interface Listener {
  Protocol?: string;
  Port?: number;
  LoadBalancerPort?: number;
  certificate?: string;
  SSLCertificateId?: string;
}

export const tlsListenerNeedsCertificate = defineRule({
  id: 'elb/tls-listener-needs-certificate',
  severity: 'error',
  title: 'An HTTPS or TLS listener without an ACM certificate',
  source: { section: 'Networking', quote: 'Used to configure SSL/TLS certificates on an ALB; use IAM when the region is not supported by ACM.' },
  facts: ['acm.iam_certs'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const lb of loadBalancers(design)) {
      const config = design.config(lb);
      const listeners = ((lb.kind === CLASSIC_ELB ? config.Listeners : config.listeners) ?? []) as Listener[];
      const connected = design.edgesFrom(lb.id, { kind: CERTIFICATE });
      for (const listener of listeners) {
        if (!TLS_PROTOCOLS.includes(listener.Protocol ?? '')) continue;
        const port = listener.Port ?? listener.LoadBalancerPort;
        const named = listener.certificate ?? listener.SSLCertificateId;
        const edge = named ? connected.find((candidate) => candidate.to === named) : connected[0];
        if (edge) continue;
        reports.push({
          message: named
            ? `${lb.id}: the ${listener.Protocol} listener on port ${port} names certificate "${named}", but ${lb.id} has no edge to an ACM certificate with that id.`
            : `${lb.id}: the ${listener.Protocol} listener on port ${port} has no certificate.`,
          why: 'A load balancer terminates TLS itself, so an HTTPS/TLS listener must present a server certificate; creating the listener without one fails. ACM issues public certificates for free and renews them; IAM stores certificates only for Regions ACM does not support.',
          fix: `Add an ACM certificate for the domain and draw an edge from ${lb.id} to it${named ? ` with the id "${named}"` : ''}.`,
          nodes: [lb.id],
          edges: [],
          property: lb.kind === CLASSIC_ELB ? 'Listeners' : 'listeners',
        });
      }
    }
    return reports;
  },
});
