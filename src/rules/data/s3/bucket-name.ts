import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';
import { bucketNameProblem } from './bucket-name-problem.ts';

export const s3BucketName = defineRule({
  id: 's3/bucket-name',
  severity: 'error',
  title: 'A bucket name S3 refuses',
  source: { section: 'S3', quote: 'Serverless storage service, best suited for objects and BLOB data.' },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      const name = text(design.config(bucket).BucketName);
      const problem = name === undefined ? undefined : bucketNameProblem(name);
      if (!problem) continue;
      reports.push({
        message: `${bucket.id}: BucketName "${name}" is not a valid bucket name: ${problem}.`,
        why: 'Bucket names are part of DNS host names (BUCKET.s3.REGION.amazonaws.com): 3–63 lowercase letters, digits, dots or hyphens, starting and ending with a letter or digit, globally unique.',
        fix: 'Choose a DNS-safe name such as "orders-archive-2026", or leave BucketName out and let CloudFormation generate one.',
        nodes: [bucket.id],
        edges: [],
        property: 'BucketName',
      });
    }
    return reports;
  },
});
