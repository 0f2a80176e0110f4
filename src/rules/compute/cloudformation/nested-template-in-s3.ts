import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { STACK } from './stack-run.ts';

/** S3 object URLs: https://bucket.s3.region.amazonaws.com/key, https://s3.region.amazonaws.com/bucket/key and the like. */
const S3_URL = /^https:\/\/([a-z0-9.-]+\.)?s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?\/.+/;

export const nestedTemplateInS3 = defineRule({
  id: 'cloudformation/nested-template-in-s3',
  severity: 'error',
  title: 'A nested stack template that is not in S3',
  source: { section: 'CloudFormation', quote: 'Can reference a nested stack, which must be previously saved in S3' },
  facts: ['cfn.nested.s3'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind(STACK)) {
      const url = design.config(node).TemplateURL;
      if (typeof url !== 'string' || S3_URL.test(url)) continue;
      reports.push({
        message: `${node.id}: TemplateURL ${url} is not an Amazon S3 URL.`,
        why: 'CloudFormation reads a nested stack’s template from S3 only. `aws cloudformation package` uploads local nested templates to S3 and rewrites the URLs.',
        fix: 'Upload the template to an S3 bucket (or run aws cloudformation package) and set TemplateURL to its https://…s3…amazonaws.com/… URL.',
        nodes: [node.id],
        edges: [],
        property: 'TemplateURL',
      });
    }
    return reports;
  },
});
