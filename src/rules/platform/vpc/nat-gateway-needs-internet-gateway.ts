import { defineRule } from '../../define.ts';

export const natGatewayNeedsInternetGateway = defineRule({
  id: 'vpc/nat-gateway-needs-internet-gateway',
  severity: 'error',
  title: 'A public NAT gateway with no internet gateway',
  source: { section: 'Networking', quote: "A VPC doesn't connect directly to an Internet gateway, it connects to a Nat Gateway instead for internet access." },
  facts: ['vpc.igw_nat'],
  currentFact:
    'The notes are wrong: the internet gateway attaches directly to the VPC and public subnets route 0.0.0.0/0 to it. A public NAT gateway sits in a public subnet and itself reaches the internet through that internet gateway.',
  check(design) {
    return design
      .nodesOfKind('AWS::EC2::NatGateway')
      .filter((nat) => design.config(nat).ConnectivityType === 'public')
      .filter((nat) => design.edgesFrom(nat.id, { kind: 'AWS::EC2::InternetGateway' }).length === 0)
      .map((nat) => ({
        message: `${nat.id}: a public NAT gateway with no route to an internet gateway, so private subnets still cannot reach the internet.`,
        why: "A NAT gateway only translates private addresses to its Elastic IP; the packets then leave through the public subnet's route to the internet gateway attached to the VPC. Without that gateway, the traffic has nowhere to go.",
        fix: `Add an internet gateway (attached to the VPC) and draw an edge from ${nat.id} to it.`,
        nodes: [nat.id],
        edges: [],
      }));
  },
});
