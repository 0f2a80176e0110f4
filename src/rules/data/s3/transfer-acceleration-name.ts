import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { record, text } from '../config-values.ts';

export const s3TransferAccelerationName = defineRule({
  id: 's3/transfer-acceleration-name',
  severity: 'error',
  title: 'Transfer Acceleration on a bucket whose name has dots',
  source: { section: 'S3', quote: 'When using CloudFront, to minimize upload speed, use S3 transfer acceleration.' },
  facts: ['s3.transfer_acceleration'],
  currentFact:
    'Transfer Acceleration increases (not minimises) upload speed over long distances: uploads enter the nearest CloudFront edge location and cross the AWS network to the bucket, for an extra per-GB charge. It needs no CloudFront distribution.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      const config = design.config(bucket);
      const name = text(config.BucketName);
      if (record(config.AccelerateConfiguration).AccelerationStatus !== 'Enabled' || !name?.includes('.')) continue;
      reports.push({
        message: `${bucket.id}: Transfer Acceleration is enabled but BucketName "${name}" contains dots.`,
        why: 'The accelerate endpoint is BUCKET.s3-accelerate.amazonaws.com: the name must be DNS-compliant without periods, so S3 refuses acceleration on a dotted bucket.',
        fix: 'Rename the bucket without dots (e.g. replace them with hyphens), or suspend AccelerateConfiguration.',
        nodes: [bucket.id],
        edges: [],
        property: 'AccelerateConfiguration',
      });
    }
    return reports;
  },
});
