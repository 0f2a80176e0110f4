import { S3_CLIENT_KINDS } from '../../../catalog/services/s3.ts';
import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { count, flag, text } from '../config-values.ts';

/** 5 GiB: the largest single PUT. */
const SINGLE_PUT_MB = 5 * 1024;
/** 48.8 TiB: the largest object, uploaded in at most 10,000 parts of up to 5 GiB. */
const MAX_OBJECT_MB = 10_000 * 5 * 1024;

export const s3UploadSizeLimit = defineRule({
  id: 's3/upload-size-limit',
  severity: 'error',
  title: 'An object too large for the way it is uploaded',
  source: { section: 'S3', quote: 'A single PUT can upload objects up to 5GB. To upload larger files, use multi-part upload.' },
  facts: ['s3.put.single_max', 's3.object.max_size'],
  currentFact: 'The largest object is now 48.8 TiB (10,000 parts of up to 5 GiB), up from the long-standing 5 TB. A single PUT is still limited to 5 GB.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      for (const edge of design.edgesTo(bucket.id, { kind: S3_CLIENT_KINDS, role: 'none' })) {
        const config = design.edgeConfig(edge);
        const size = count(config.objectSizeMB);
        if (size === undefined || text(config.operation) === 'read') continue;
        const multipart = flag(config.multipartUpload);
        const limit = multipart ? MAX_OBJECT_MB : SINGLE_PUT_MB;
        if (size <= limit) continue;
        reports.push({
          message: multipart
            ? `${edge.from} uploads ${size} MB objects to ${bucket.id}; the largest S3 object is about 48.8 TiB.`
            : `${edge.from} uploads ${size} MB objects to ${bucket.id} with a single PUT; a PUT carries at most 5 GB.`,
          why: 'A single PutObject uploads up to 5 GiB. Multipart upload (parts of 5 MiB–5 GiB, at most 10,000) goes up to 48.8 TiB, and is recommended from about 100 MB.',
          fix: multipart ? 'Split the data into several objects.' : 'Set multipartUpload: true (the SDKs’ transfer managers do it for you).',
          nodes: [edge.from, bucket.id],
          edges: [design.edgeKey(edge)],
          property: multipart ? 'objectSizeMB' : 'multipartUpload',
        });
      }
    }
    return reports;
  },
});
