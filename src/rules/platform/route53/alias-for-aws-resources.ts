import { defineRule } from '../../define.ts';

/** AWS resources a Route 53 alias record can point at. */
const ALIAS_TARGETS = [
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancing::LoadBalancer',
  'AWS::CloudFront::Distribution',
  'AWS::ApiGateway::RestApi',
  'AWS::S3::Bucket',
  'AWS::ElasticBeanstalk::Environment',
];

export const aliasForAwsResources = defineRule({
  id: 'route53/alias-for-aws-resources',
  severity: 'info',
  title: 'A CNAME where an alias record would do better',
  source: { section: 'Networking', quote: 'Amazon\'s DNS service, maps domain names to IP addresses (EC2 instances, load balancers or S3 buckets). For a specific domain name, specify CNAME.' },
  facts: ['route53.cname'],
  check(design) {
    return design
      .nodesOfKind('AWS::Route53::RecordSet')
      .filter((record) => design.config(record).Type === 'CNAME')
      .flatMap((record) =>
        design.edgesFrom(record.id, { kind: ALIAS_TARGETS }).map((edge) => ({
          message: `${record.id} points at ${edge.to} with a CNAME; an alias record fits better.`,
          why: "An alias A/AAAA record answers with the AWS resource's current addresses directly: it works at the zone apex too, follows the resource when its addresses change, and Route 53 does not charge for alias queries to AWS resources. A CNAME costs a second lookup.",
          fix: `Set Type: A and AliasTarget on ${record.id}.`,
          nodes: [record.id, edge.to],
          edges: [design.edgeKey(edge)],
          property: 'Type',
        })),
      );
  },
});
