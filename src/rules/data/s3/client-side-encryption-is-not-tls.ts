import { S3_CLIENT_KINDS } from '../../../catalog/services/s3.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';

export const s3ClientSideEncryptionIsNotTls = defineRule({
  id: 's3/client-side-encryption-is-not-tls',
  severity: 'warning',
  title: 'Client-side encryption relied on instead of HTTPS',
  source: { section: 'S3', quote: 'Client side encryption: used for encryption in transit' },
  facts: ['s3.cse'],
  currentFact:
    'Client-side encryption encrypts the data before it leaves the application (S3 never sees the plaintext or the keys), protecting it in transit and at rest; but TLS (HTTPS) is what protects the requests themselves in transit.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      for (const edge of design.edgesTo(bucket.id, { kind: S3_CLIENT_KINDS, role: 'none' })) {
        const config = design.edgeConfig(edge);
        if (text(config.encryption) !== 'client-side' || text(config.protocol) !== 'http') continue;
        reports.push({
          message: `${edge.from} encrypts objects client-side but talks to ${bucket.id} over plain HTTP.`,
          why: 'Client-side encryption protects the object body; over HTTP the rest of each request (keys, metadata, headers) travels in clear text and can be read or replayed. Encryption in transit is TLS.',
          fix: 'Keep client-side encryption if S3 must never see plaintext, and set protocol: https (enforce it with aws:SecureTransport in the bucket policy).',
          nodes: [edge.from, bucket.id],
          edges: [design.edgeKey(edge)],
          property: 'protocol',
        });
      }
    }
    return reports;
  },
});
