import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { flag, record } from '../config-values.ts';

export const s3ObjectLockNeedsVersioning = defineRule({
  id: 's3/object-lock-needs-versioning',
  severity: 'error',
  title: 'Object Lock on a bucket with versioning suspended',
  source: { section: 'S3', quote: "S3 doesn't support object locking for concurrent updates" },
  facts: ['s3.locking.concurrent', 's3.versioning.null'],
  currentFact:
    'S3 still has no lock for concurrent writers (last writer wins; conditional writes with If-None-Match/If-Match give optimistic concurrency). S3 Object Lock is something else: write-once-read-many retention of object versions, which needs versioning.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      const config = design.config(bucket);
      if (!flag(config.ObjectLockEnabled) || record(config.VersioningConfiguration).Status !== 'Suspended') continue;
      reports.push({
        message: `${bucket.id}: ObjectLockEnabled is set but VersioningConfiguration is Suspended.`,
        why: 'Object Lock protects object versions from deletion or overwrite for a retention period (WORM), so it requires versioning; once Object Lock is on, versioning cannot be suspended.',
        fix: 'Set VersioningConfiguration: { Status: Enabled } (or leave it out: enabling Object Lock turns versioning on), or drop ObjectLockEnabled.',
        nodes: [bucket.id],
        edges: [],
        property: 'VersioningConfiguration',
      });
    }
    return reports;
  },
});
