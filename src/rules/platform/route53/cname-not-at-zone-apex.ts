import { defineRule } from '../../define.ts';

/** DNS names compare without case or the trailing dot. */
function canonical(name: unknown): string {
  return typeof name === 'string' ? name.toLowerCase().replace(/\.$/, '') : '';
}

export const cnameNotAtZoneApex = defineRule({
  id: 'route53/cname-not-at-zone-apex',
  severity: 'error',
  title: 'A CNAME record at the zone apex',
  source: { section: 'Networking', quote: 'For a specific domain name, specify CNAME.' },
  facts: ['route53.cname'],
  currentFact:
    'A CNAME cannot be created at the zone apex (example.com), because the apex must also hold the SOA and NS records; point the apex at an AWS resource with a Route 53 alias A/AAAA record.',
  check(design) {
    return design
      .nodesOfKind('AWS::Route53::RecordSet')
      .filter((record) => {
        const config = design.config(record);
        const zone = canonical(config.HostedZoneName);
        return config.Type === 'CNAME' && zone !== '' && canonical(config.Name) === zone;
      })
      .map((record) => ({
        message: `${record.id}: a CNAME record for ${String(design.config(record).Name)}, the apex of its hosted zone.`,
        why: 'DNS forbids a CNAME beside other records of the same name, and the zone apex always has SOA and NS records, so Route 53 rejects a CNAME there.',
        fix: 'Make it an alias record (Type: A, AliasTarget) pointing at the load balancer, distribution, API or bucket; alias queries to AWS resources are free.',
        nodes: [record.id],
        edges: [],
        property: 'Type',
      }));
  },
});
