/**
 * Where a target finds the client's IP address. An ALB (and a Classic load balancer's HTTP
 * listeners) terminates the connection: the target sees the load balancer's address and the client's
 * in X-Forwarded-For. A Network Load Balancer keeps the client's source address for instance targets
 * (preserve_client_ip on by default) but not for ip targets over TCP/TLS, where Proxy Protocol v2
 * carries it; a Classic TCP listener also needs Proxy Protocol.
 */

export type ClientIpSource = 'x-forwarded-for' | 'source-address' | 'proxy-protocol';

export interface ClientIpInput {
  type: 'application' | 'network' | 'gateway' | 'classic';
  targetType: string;
  preserveClientIp: boolean | undefined;
  /** Classic: whether every listener is TCP/SSL (layer 4). */
  layer4Only: boolean;
}

export function clientIpSource(input: ClientIpInput): ClientIpSource {
  if (input.type === 'network' || input.type === 'gateway') {
    const preserved = input.preserveClientIp ?? input.targetType === 'instance';
    return preserved ? 'source-address' : 'proxy-protocol';
  }
  if (input.type === 'classic' && input.layer4Only) return 'proxy-protocol';
  return 'x-forwarded-for';
}

/** Whether the target's code finds the IP where it reads it ('not-needed': nothing to find). */
export function clientIpVisible(source: ClientIpSource, readFrom: string): boolean {
  return readFrom === 'not-needed' || readFrom === source;
}
