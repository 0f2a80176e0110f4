import { S3_CLIENT_KINDS } from '../../../catalog/services/s3.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';
import { endpointOf, hostsWebsite } from './bucket-facts.ts';

export const s3WebsiteHttpsNeedsCloudFront = defineRule({
  id: 's3/website-https-needs-cloudfront',
  severity: 'error',
  title: 'HTTPS asked of an S3 website endpoint',
  source: { section: 'S3', quote: "don't use S3 for static web hosting, since HTTPS is not allowed" },
  facts: ['s3.website.https'],
  currentFact:
    'S3 website endpoints are still HTTP only, but the answer is not to avoid S3: serve the bucket through CloudFront, which terminates HTTPS with an ACM certificate and reaches the bucket privately (origin access control).',
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      for (const edge of design.edgesTo(bucket.id, { kind: S3_CLIENT_KINDS, role: 'none' })) {
        if (endpointOf(design, edge) !== 'website' || text(design.edgeConfig(edge).protocol) !== 'https') continue;
        const noSite = hostsWebsite(design.config(bucket)) ? '' : ` (and ${bucket.id} has no WebsiteConfiguration at all)`;
        reports.push({
          message: `${edge.from} requests ${bucket.id}'s website endpoint over HTTPS${noSite}.`,
          why: 'Amazon S3 website endpoints serve HTTP only; an HTTPS request to http://BUCKET.s3-website-REGION.amazonaws.com fails.',
          fix: `Put a CloudFront distribution in front: ${edge.from} → distribution (ViewerProtocolPolicy redirect-to-https) → ${bucket.id} as its origin.`,
          nodes: [edge.from, bucket.id],
          edges: [design.edgeKey(edge)],
          property: 'protocol',
        });
      }
    }
    return reports;
  },
});
