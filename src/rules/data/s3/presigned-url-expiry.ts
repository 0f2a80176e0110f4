import { S3_CLIENT_KINDS } from '../../../catalog/services/s3.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count } from '../config-values.ts';

const MAX_EXPIRY_SECONDS = 604_800;

export const s3PresignedUrlExpiry = defineRule({
  id: 's3/presigned-url-expiry',
  severity: 'error',
  title: 'A pre-signed URL expiry S3 does not accept',
  source: {
    section: 'S3',
    quote: 'Users can download a private file directly from a static website hosted on S3 by a pre-signed URL link on the site. When setting this up, you can set an expiration date and time.',
  },
  facts: ['s3.presigned.expiry'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      for (const edge of design.edgesTo(bucket.id, { kind: S3_CLIENT_KINDS, role: 'none' })) {
        const expiry = count(design.edgeConfig(edge).presignedUrlExpiresIn);
        if (expiry === undefined || (expiry >= 1 && expiry <= MAX_EXPIRY_SECONDS)) continue;
        reports.push({
          message: `${edge.from} uses pre-signed URLs for ${bucket.id} that expire after ${expiry} s; SigV4 allows 1–604,800 s (7 days).`,
          why: 'A Signature Version 4 pre-signed URL is valid for at most 7 days, and never longer than the credentials that signed it (temporary STS credentials end sooner).',
          fix: 'Set presignedUrlExpiresIn to 604,800 s or less (as short as the download needs), and issue a fresh URL when it expires.',
          nodes: [edge.from, bucket.id],
          edges: [design.edgeKey(edge)],
          property: 'presignedUrlExpiresIn',
        });
      }
    }
    return reports;
  },
});
