import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { versioningEnabled } from './bucket-facts.ts';

export const s3ReplicationNeedsVersioning = defineRule({
  id: 's3/replication-needs-versioning',
  severity: 'error',
  title: 'Replication between buckets without versioning on both',
  source: {
    section: 'S3',
    quote: 'To replicate a bucket in another region: ... 1. Enable S3 bucket versioning ... 2. Enable cross-origin resource sharing (CORS) on bucket2',
  },
  facts: ['s3.replication.steps'],
  currentFact:
    'Replication needs versioning on BOTH the source and the destination bucket, an IAM role S3 can assume (s3:ReplicateObject ...) and a replication rule. CORS has nothing to do with replication.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const source of design.nodesOfKind('AWS::S3::Bucket')) {
      for (const edge of design.edgesFrom(source.id, { kind: 'AWS::S3::Bucket', role: 'replica' })) {
        const destination = design.node(edge.to);
        if (!destination) continue;
        const missing = [source, destination].filter((bucket) => !versioningEnabled(design.config(bucket))).map((bucket) => bucket.id);
        if (missing.length === 0) continue;
        reports.push({
          message: `${source.id} replicates to ${destination.id}, but versioning is not enabled on ${missing.join(' and ')}.`,
          why: 'S3 replication copies object versions: it requires VersioningConfiguration Status Enabled on the source and on the destination bucket, or the replication configuration is rejected.',
          fix: `Set VersioningConfiguration: { Status: Enabled } on ${missing.join(' and ')} (and give the replication rule an IAM role S3 can assume).`,
          nodes: [source.id, destination.id],
          edges: [design.edgeKey(edge)],
          property: 'VersioningConfiguration',
        });
      }
    }
    return reports;
  },
});
