import { S3_CLIENT_KINDS } from '../../../catalog/services/s3.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';
import { blocksSseC } from './bucket-facts.ts';

export const s3SseCBlockedByDefault = defineRule({
  id: 's3/sse-c-blocked-by-default',
  severity: 'error',
  title: 'SSE-C uploads to a bucket that blocks SSE-C',
  source: {
    section: 'S3',
    quote: 'Server side encryption with customer provided keys (SSE-C). Then the customer needs to send the keys and encryption algorithm with each API call.',
  },
  facts: ['s3.sse_c.availability', 's3.sse.default'],
  currentFact:
    'Since April 2026 new general purpose buckets block SSE-C by default (BlockedEncryptionTypes SSE-C); a bucket must set BlockedEncryptionTypes NONE to accept it. Every object is encrypted with SSE-S3 by default since January 2023; SSE-S3 or SSE-KMS are recommended.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      if (!blocksSseC(design.config(bucket))) continue;
      for (const edge of design.edgesTo(bucket.id, { kind: S3_CLIENT_KINDS, role: 'none' })) {
        const config = design.edgeConfig(edge);
        if (text(config.encryption) !== 'SSE-C' || text(config.operation) === 'read') continue;
        reports.push({
          message: `${edge.from} uploads to ${bucket.id} with SSE-C, which ${bucket.id} blocks.`,
          why: 'New buckets block uploads encrypted with customer-provided keys (SSE-C) since April 2026: PutObject, CopyObject and multipart uploads with SSE-C headers are refused.',
          fix: `Use SSE-S3 (the default) or SSE-KMS; or, if you must manage keys yourself, set BlockedEncryptionTypes: { EncryptionType: [NONE] } in ${bucket.id}'s BucketEncryption rule.`,
          nodes: [edge.from, bucket.id],
          edges: [design.edgeKey(edge)],
          property: 'encryption',
        });
      }
    }
    return reports;
  },
});
