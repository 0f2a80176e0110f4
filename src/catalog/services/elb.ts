import { z } from 'zod';
import { APPLICATION_KINDS } from '../groups.ts';
import type { Acceptance, ComponentDefinition } from '../types.ts';

/**
 * Who calls a load balancer: clients through DNS or the internet gateway, APIs, other code,
 * and a Network Load Balancer forwarding to an Application Load Balancer (an alb-type target group).
 */
const LOAD_BALANCER_CALLERS = [
  ...APPLICATION_KINDS,
  'AWS::EC2::InternetGateway',
  'AWS::Route53::RecordSet',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ApiGateway::RestApi',
];

/** Edges into a load balancer: callers, and CloudFront fetching cache misses from it as a custom origin. */
const LOAD_BALANCER_ACCEPTS: Acceptance[] = [
  { from: LOAD_BALANCER_CALLERS, verb: 'sends requests to' },
  { from: ['AWS::CloudFront::Distribution'], role: 'origin', verb: 'fetches cache misses from (origin)' },
];

const routing = z
  .enum(['none', 'path', 'host'])
  .default('none')
  .meta({ description: 'Game setting: listener rules that route by URL path or Host header (only an ALB can); none forwards everything to one target group.' });

const stickySessions = z
  .boolean()
  .default(false)
  .meta({ description: 'Game setting: target group stickiness (stickiness.enabled): a cookie pins each client to one target.' });

export const components: ComponentDefinition[] = [
  {
    kind: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    label: 'Load balancer (ALB/NLB)',
    category: 'Networking and content delivery',
    icon: 'elb-application',
    summary: 'Spreads requests over healthy targets: Application (HTTP, path and host routing) or Network (TCP, extreme rates).',
    section: 'Networking',
    config: z.object({
      Type: z
        .enum(['application', 'network', 'gateway'])
        .default('application')
        .meta({ description: 'application (layer 7, HTTP/HTTPS) or network (layer 4, TCP/TLS/UDP); gateway is for network appliances.' }),
      Scheme: z
        .enum(['internet-facing', 'internal'])
        .default('internet-facing')
        .meta({ description: 'internet-facing has public addresses; internal has only private addresses inside the VPC.' }),
      IpAddressType: z.enum(['ipv4', 'dualstack']).default('ipv4').meta({ description: 'Address family the clients use.' }),
      listeners: z
        .array(
          z.object({
            Protocol: z
              .enum(['HTTP', 'HTTPS', 'TCP', 'TLS', 'UDP', 'TCP_UDP'])
              .meta({ description: 'ALB listeners speak HTTP or HTTPS; NLB listeners TCP, TLS, UDP or TCP_UDP.' }),
            Port: z.number().int().meta({ description: 'The port clients connect to.' }),
            certificate: z
              .string()
              .optional()
              .meta({ description: 'HTTPS/TLS: the id of the ACM certificate node the listener serves (CloudFormation Certificates).' }),
          }),
        )
        .default([])
        .meta({ description: 'Game setting: the AWS::ElasticLoadBalancingV2::Listener resources of this load balancer (empty: not modelled).' }),
      routing,
      stickySessions,
      stickinessDurationSeconds: z
        .number()
        .int()
        .default(86_400)
        .meta({ unit: 's', description: 'Game setting: stickiness.lb_cookie.duration_seconds, how long the load balancer cookie pins a client (1 s to 7 days).' }),
      targetType: z
        .enum(['instance', 'ip', 'lambda', 'alb'])
        .default('instance')
        .meta({ description: 'Game setting: the target group TargetType: how targets are registered.' }),
      preserveClientIp: z
        .boolean()
        .optional()
        .meta({
          description:
            'Game setting: target group attribute preserve_client_ip.enabled (NLB). AWS default: on for instance targets, off for ip targets over TCP/TLS.',
        }),
      clientIpFrom: z
        .enum(['not-needed', 'x-forwarded-for', 'source-address', 'proxy-protocol'])
        .default('not-needed')
        .meta({ description: "Game setting: where the targets' code reads the client's IP address." }),
      healthCheckPath: z.string().default('/').meta({ description: 'Game setting: the target group HealthCheckPath (HTTP/HTTPS health checks).' }),
      idleTimeoutSeconds: z
        .number()
        .int()
        .default(60)
        .meta({ unit: 's', description: 'Game setting: load balancer attribute idle_timeout.timeout_seconds (ALB); 504 when a target stays silent longer.' }),
    }),
    accepts: LOAD_BALANCER_ACCEPTS,
  },
  {
    kind: 'AWS::ElasticLoadBalancing::LoadBalancer',
    label: 'Classic Load Balancer',
    category: 'Networking and content delivery',
    icon: 'elb-classic',
    summary: 'The previous generation load balancer.',
    section: 'Networking',
    config: z.object({
      Scheme: z
        .enum(['internet-facing', 'internal'])
        .default('internet-facing')
        .meta({ description: 'internet-facing has public addresses; internal has only private addresses inside the VPC.' }),
      Listeners: z
        .array(
          z.object({
            Protocol: z.enum(['HTTP', 'HTTPS', 'TCP', 'SSL']).meta({ description: 'Front-end protocol: HTTP/HTTPS (layer 7) or TCP/SSL (layer 4).' }),
            LoadBalancerPort: z.number().int().meta({ description: 'The port clients connect to.' }),
            InstancePort: z.number().int().meta({ description: 'The port the instances listen on.' }),
            SSLCertificateId: z
              .string()
              .optional()
              .meta({ description: 'HTTPS/SSL: the certificate; in Cloudwright the id of the ACM certificate node.' }),
          }),
        )
        .default([])
        .meta({ description: 'The listeners (empty: not modelled).' }),
      CrossZone: z.boolean().default(false).meta({ description: 'Spread requests evenly over instances in every Availability Zone.' }),
      routing,
      stickySessions,
    }),
    accepts: LOAD_BALANCER_ACCEPTS,
  },
];
