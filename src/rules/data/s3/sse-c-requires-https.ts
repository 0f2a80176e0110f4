import { S3_CLIENT_KINDS } from '../../../catalog/services/s3.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';

export const s3SseCRequiresHttps = defineRule({
  id: 's3/sse-c-requires-https',
  severity: 'error',
  title: 'SSE-C requests over HTTP',
  source: { section: 'S3', quote: 'For this situation, if the request is made over HTTP, S3 rejects it.' },
  facts: ['s3.sse_c.https'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      for (const edge of design.edgesTo(bucket.id, { kind: S3_CLIENT_KINDS, role: 'none' })) {
        const config = design.edgeConfig(edge);
        if (text(config.encryption) !== 'SSE-C' || text(config.protocol) !== 'http') continue;
        reports.push({
          message: `${edge.from} sends SSE-C keys to ${bucket.id} over HTTP.`,
          why: 'With SSE-C the encryption key travels in the request headers; S3 rejects any SSE-C request made over HTTP, and a key sent in clear text must be treated as compromised.',
          fix: 'Set protocol: https on the edge (and rotate any key that was sent over HTTP).',
          nodes: [edge.from, bucket.id],
          edges: [design.edgeKey(edge)],
          property: 'protocol',
        });
      }
    }
    return reports;
  },
});
