import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';
import { originTypeOf } from '../s3/bucket-facts.ts';

export const cloudfrontWebsiteOriginHttpOnly = defineRule({
  id: 'cloudfront/website-origin-http-only',
  severity: 'error',
  title: 'CloudFront asked to reach an S3 website endpoint over HTTPS',
  source: { section: 'S3', quote: 'CloudFront can use HTTPS between clients and CF, and between CF and backend.' },
  facts: ['s3.website.https'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      for (const edge of design.edgesTo(bucket.id, { kind: 'AWS::CloudFront::Distribution', role: 'origin' })) {
        const policy = text(design.edgeConfig(edge).OriginProtocolPolicy);
        if (originTypeOf(design, edge) !== 'website' || (policy !== 'https-only' && policy !== 'match-viewer')) continue;
        reports.push({
          message: `${edge.from} reaches ${bucket.id}'s website endpoint with OriginProtocolPolicy ${policy}.`,
          why: `S3 website endpoints speak HTTP only, so CloudFront's HTTPS requests to the origin fail (502)${policy === 'match-viewer' ? ' for every viewer on HTTPS' : ''}. HTTPS between CloudFront and S3 needs the REST endpoint as an S3 origin.`,
          fix: 'Set OriginProtocolPolicy: http-only for the website origin, or use the bucket as a REST (S3) origin with origin access control and keep HTTPS end to end.',
          nodes: [edge.from, bucket.id],
          edges: [design.edgeKey(edge)],
          property: 'OriginProtocolPolicy',
        });
      }
    }
    return reports;
  },
});
