import { defineRule } from '../../define.ts';

/** Kinds that live in a VPC and can take connections from the internet when they sit in a public subnet. */
const VPC_ENTRY_KINDS = [
  'AWS::EC2::Instance',
  'AWS::AutoScaling::AutoScalingGroup',
  'AWS::ECS::Service',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancing::LoadBalancer',
];

export const publicTierNeedsInternetGateway = defineRule({
  id: 'vpc/public-tier-needs-internet-gateway',
  severity: 'error',
  title: 'A public web tier in a VPC without an internet gateway',
  source: { section: 'Networking', quote: "The route table in the instance's subnet must have a route to an Internet Gateway" },
  facts: ['vpc.igw_nat', 'vpc.route_table'],
  currentFact: 'Internet traffic enters a VPC only through an internet gateway attached to it; a NAT gateway does not let it in.',
  check(design) {
    // Only designs that model the VPC's edge (they contain a NAT gateway) are judged, so simple designs stay quiet.
    if (design.nodesOfKind('AWS::EC2::InternetGateway').length > 0) return [];
    const nats = design.nodesOfKind('AWS::EC2::NatGateway');
    if (nats.length === 0) return [];
    return design.nodesOfKind('Actor::Client').flatMap((client) =>
      design.edgesFrom(client.id, { kind: VPC_ENTRY_KINDS }).map((edge) => ({
        message: `${edge.from} reaches ${edge.to} from the internet, but the VPC has no internet gateway (only the NAT gateway ${nats.map((nat) => nat.id).join(', ')}).`,
        why: 'A public subnet is one whose route table sends 0.0.0.0/0 to an internet gateway, and the resource also needs a public IP. Without an internet gateway nothing in the VPC is reachable from the internet; a NAT gateway only carries outbound connections.',
        fix: `Add an internet gateway, route the public subnet to it, and bring ${edge.from}'s traffic in through it (${edge.from} → internet gateway → ${edge.to}).`,
        nodes: [edge.from, edge.to],
        edges: [design.edgeKey(edge)],
      })),
    );
  },
});
