import { defineRule } from '../../define.ts';

export const natGatewayIsOutboundOnly = defineRule({
  id: 'vpc/nat-gateway-is-outbound-only',
  severity: 'error',
  title: 'Internet traffic sent in through a NAT gateway',
  source: { section: 'Networking', quote: "A VPC doesn't connect directly to an Internet gateway, it connects to a Nat Gateway instead for internet access." },
  facts: ['vpc.igw_nat'],
  currentFact:
    'A NAT gateway lets instances in private subnets start outbound connections only; connections from the internet come in through the internet gateway attached to the VPC.',
  connection: { from: 'Actor::Client', to: 'AWS::EC2::NatGateway' },
  check(design) {
    return design
      .nodesOfKind('AWS::EC2::NatGateway')
      .flatMap((nat) => design.edgesTo(nat.id, { kind: 'Actor::Client' }))
      .map((edge) => ({
        message: `${edge.from} sends requests in through the NAT gateway ${edge.to}, which accepts no connections from the internet.`,
        why: 'A NAT gateway only translates connections that instances in private subnets start (outbound); it drops connections that start on the internet. Inbound traffic enters a VPC through its internet gateway, to resources in public subnets such as an internet-facing load balancer.',
        fix: `Send ${edge.from}'s traffic to an internet gateway (and on to an internet-facing load balancer); keep the NAT gateway for the private instances' outbound calls.`,
        nodes: [edge.from, edge.to],
        edges: [design.edgeKey(edge)],
      }));
  },
});
