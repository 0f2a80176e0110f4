import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { text } from '../config-values.ts';
import { hostsWebsite } from './bucket-facts.ts';

export const s3WebsiteAliasNeedsMatchingName = defineRule({
  id: 's3/website-alias-needs-matching-name',
  severity: 'error',
  title: 'A Route 53 alias to a bucket that cannot answer for the name',
  source: {
    section: 'Networking',
    quote: "Amazon's DNS service, maps domain names to IP addresses (EC2 instances, load balancers or S3 buckets).",
  },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      const config = design.config(bucket);
      const bucketName = text(config.BucketName);
      for (const edge of design.edgesTo(bucket.id, { kind: 'AWS::Route53::RecordSet' })) {
        const record = design.node(edge.from);
        const recordName = record ? text(design.config(record).Name)?.replace(/\.$/, '') : undefined;
        let problem: string | undefined;
        let property = 'BucketName';
        if (!hostsWebsite(config)) {
          problem = `${bucket.id} has no WebsiteConfiguration: Route 53 aliases reach only S3 website endpoints`;
          property = 'WebsiteConfiguration';
        } else if (recordName !== undefined && bucketName !== recordName) {
          problem = bucketName
            ? `the record is ${recordName} but the bucket is named ${bucketName}`
            : `the record is ${recordName} but ${bucket.id} has no BucketName (CloudFormation would generate one)`;
        }
        if (!problem) continue;
        reports.push({
          message: `${edge.from} is an alias to ${bucket.id}, but ${problem}.`,
          why: 'An alias record can point at an S3 website endpoint only, and S3 finds the bucket by the Host header: the bucket must be named exactly like the record (www.example.com → bucket www.example.com). The website endpoint is also HTTP only.',
          fix: recordName
            ? `Name the bucket ${recordName} and give it a WebsiteConfiguration, or point the record at a CloudFront distribution in front of the bucket (any bucket name, and HTTPS).`
            : 'Give the bucket the record’s name and a WebsiteConfiguration, or alias the record to a CloudFront distribution instead.',
          nodes: [edge.from, bucket.id],
          edges: [design.edgeKey(edge)],
          property,
        });
      }
    }
    return reports;
  },
});
