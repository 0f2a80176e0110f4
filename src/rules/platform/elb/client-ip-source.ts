import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { ELBV2 } from '../shared/load-balancers.ts';

export const clientIpSource = defineRule({
  id: 'elb/client-ip-source',
  severity: 'error',
  title: "Targets read the client's IP where the load balancer does not put it",
  source: {
    section: 'Networking',
    quote:
      "THe ALB only sees the LB IP address, not the user's public IP. But it can obtain this by X-Forwarded-For header. ... NLB ... can capture the user's source IP address and source port without using X-Forwarded-For",
  },
  facts: ['alb.xff', 'nlb.source_ip'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const lb of design.nodesOfKind(ELBV2)) {
      const config = design.config(lb);
      const from = config.clientIpFrom;
      const report = (message: string, why: string, fix: string) =>
        reports.push({ message, why, fix, nodes: [lb.id], edges: [], property: 'clientIpFrom' });
      if (config.Type === 'application' && from === 'source-address') {
        report(
          `${lb.id}: the targets read the client's IP from the source address, but behind an Application Load Balancer that is the load balancer's own address.`,
          'An ALB terminates the client connection and opens a new one to the target, so the packets come from the ALB. It passes the client IP in the X-Forwarded-For header (appended by default).',
          'Read the client IP from X-Forwarded-For (clientIpFrom: x-forwarded-for).',
        );
      }
      if (config.Type === 'application' && from === 'proxy-protocol') {
        report(
          `${lb.id}: the targets expect a Proxy Protocol header, which an Application Load Balancer never sends.`,
          'Proxy Protocol v2 is a Network Load Balancer feature for passing the client address over TCP; an ALB passes it in the X-Forwarded-For HTTP header instead.',
          'Read the client IP from X-Forwarded-For (clientIpFrom: x-forwarded-for).',
        );
      }
      if (config.Type === 'network' && from === 'x-forwarded-for') {
        report(
          `${lb.id}: the targets look for X-Forwarded-For, but a Network Load Balancer adds no HTTP headers.`,
          'An NLB works at layer 4 and forwards TCP/UDP without reading or changing the request, so there is no X-Forwarded-For; the client IP arrives as the source address (or in a Proxy Protocol v2 header).',
          'Read the source address (clientIpFrom: source-address), or enable Proxy Protocol v2 and read its header.',
        );
      }
      const preserved = config.preserveClientIp ?? config.targetType !== 'ip';
      if (config.Type === 'network' && from === 'source-address' && !preserved) {
        report(
          `${lb.id}: the targets read the source address, but client IP preservation is off for ip targets, so they see the NLB's private address.`,
          'An NLB keeps the client IP for instance targets, but for ip targets over TCP/TLS preserve_client_ip.enabled is off by default.',
          'Set preserveClientIp: true, or enable Proxy Protocol v2 and read the client IP from its header (clientIpFrom: proxy-protocol).',
        );
      }
    }
    return reports;
  },
});
