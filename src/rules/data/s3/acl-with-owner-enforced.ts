import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { list, record, text } from '../config-values.ts';

export const s3AclWithOwnerEnforced = defineRule({
  id: 's3/acl-with-owner-enforced',
  severity: 'error',
  title: 'A bucket ACL on a bucket with ACLs disabled',
  source: {
    section: 'S3',
    quote: 'This group will need group write permissions on the target bucket by adding a grant entry in the bucket\'s ACL.',
  },
  facts: ['s3.logging.acl'],
  currentFact:
    'New buckets default to Object Ownership BucketOwnerEnforced, which disables ACLs. Grant server access log delivery to the logging service principal (logging.s3.amazonaws.com) in the target bucket policy instead of the Log Delivery group ACL.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      const config = design.config(bucket);
      const acl = text(config.AccessControl);
      if (acl === undefined || acl === 'Private') continue;
      const ownership = list(record(config.OwnershipControls).Rules)[0]?.ObjectOwnership ?? 'BucketOwnerEnforced';
      if (ownership !== 'BucketOwnerEnforced') continue;
      reports.push({
        message: `${bucket.id}: AccessControl ${acl} on a bucket whose Object Ownership is BucketOwnerEnforced.`,
        why: 'BucketOwnerEnforced (the default for new buckets since April 2023) disables ACLs; S3 rejects a non-private canned ACL with AccessControlListNotSupported.',
        fix:
          acl === 'LogDeliveryWrite'
            ? 'Remove AccessControl and allow logging.s3.amazonaws.com to s3:PutObject in the bucket policy of the log bucket.'
            : 'Remove AccessControl and grant access with a bucket policy (or, for legacy needs, set ObjectOwnership to BucketOwnerPreferred).',
        nodes: [bucket.id],
        edges: [],
        property: 'AccessControl',
      });
    }
    return reports;
  },
});
