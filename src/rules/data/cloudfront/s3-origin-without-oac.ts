import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';
import { originTypeOf } from '../s3/bucket-facts.ts';

export const cloudfrontS3OriginWithoutOac = defineRule({
  id: 'cloudfront/s3-origin-without-oac',
  severity: 'warning',
  title: 'An S3 origin without origin access control',
  source: { section: 'S3', quote: 'For get-intensive S3 buckets, use random prefix and CloudFront to cache the requests.' },
  facts: ['s3.website.https'],
  currentFact: 'The recommended static-site pattern is CloudFront with an ACM certificate in front of a private bucket reached through origin access control (OAC).',
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      for (const edge of design.edgesTo(bucket.id, { kind: 'AWS::CloudFront::Distribution', role: 'origin' })) {
        if (originTypeOf(design, edge) !== 'rest' || text(design.edgeConfig(edge).OriginAccessControlId) !== undefined) continue;
        reports.push({
          message: `${edge.from} reads ${bucket.id} as an S3 origin without origin access control.`,
          why: 'Without OAC CloudFront makes anonymous requests, so the bucket must allow public reads, and anyone can bypass the distribution (its HTTPS, caching and access rules) by calling S3 directly.',
          fix: `Give the origin an OriginAccessControlId and allow only the distribution (cloudfront.amazonaws.com with its SourceArn) in ${bucket.id}'s bucket policy; keep Block Public Access on.`,
          nodes: [edge.from, bucket.id],
          edges: [design.edgeKey(edge)],
          property: 'OriginAccessControlId',
        });
      }
    }
    return reports;
  },
});
