import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const INLINE_RUNTIMES = /^(nodejs|python)/;

export const inlineCodeRuntime = defineRule({
  id: 'cloudformation/inline-code-runtime',
  severity: 'error',
  title: 'Inline Lambda code in a runtime that does not support it',
  source: {
    section: 'CloudFormation',
    quote: 'if the code is small and has no third-party dependencies, write the code inline in CF in the AWS::Lambda::Function block',
  },
  facts: ['cfn.lambda.inline'],
  currentFact: 'Inline code (Code.ZipFile) works only for Node.js and Python runtimes; other runtimes need S3Bucket/S3Key or a container ImageUri.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::Lambda::Function')) {
      const config = design.config(node);
      const code = config.Code as { ZipFile?: string } | undefined;
      if (code?.ZipFile === undefined) continue;
      const runtime = typeof config.Runtime === 'string' ? config.Runtime : '';
      if (INLINE_RUNTIMES.test(runtime)) continue;
      reports.push({
        message: `${node.id}: Code.ZipFile holds inline code but Runtime is ${runtime || 'not set'}; inline code needs a Node.js or Python runtime.`,
        why: 'CloudFormation writes inline source into a file named index (Node.js) or index.py (Python); other runtimes need a compiled or packaged artifact.',
        fix: 'Upload a .zip to S3 and set Code.S3Bucket and Code.S3Key (aws cloudformation package does it), or use a Node.js or Python runtime.',
        nodes: [node.id],
        edges: [],
        property: 'Code',
      });
    }
    return reports;
  },
});
