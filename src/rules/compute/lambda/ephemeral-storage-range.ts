import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const MIN_MB = 512;
const MAX_MB = 10_240;

export const ephemeralStorageRange = defineRule({
  id: 'lambda/ephemeral-storage-range',
  severity: 'error',
  title: 'Lambda /tmp storage between 512 and 10,240 MB',
  source: { section: 'Lambda', quote: 'use /tmp directory up to 512MB and delete the files at the end of the function' },
  facts: ['lambda.tmp.size'],
  currentFact:
    'The /tmp directory is no longer fixed at 512 MB: EphemeralStorage Size is configurable from 512 MB (the default) to 10,240 MB.',
  limit: { kind: 'AWS::Lambda::Function', property: 'EphemeralStorage', min: MIN_MB, max: MAX_MB, unit: 'MB' },
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::Lambda::Function')) {
      const storage = design.config(node).EphemeralStorage as { Size?: unknown } | undefined;
      const size = storage?.Size;
      if (typeof size !== 'number' || (size >= MIN_MB && size <= MAX_MB)) continue;
      reports.push({
        message: `${node.id}: EphemeralStorage Size is ${size} MB; AWS allows ${size < MIN_MB ? `at least ${MIN_MB}` : `at most ${MAX_MB}`} MB.`,
        why: `Lambda's /tmp directory holds ${MIN_MB} MB by default and can be raised to ${MAX_MB} MB (10 GB); CloudFormation rejects sizes outside that range.`,
        fix: `Set EphemeralStorage.Size between ${MIN_MB} and ${MAX_MB}. For more data, stream it to S3 or mount EFS.`,
        nodes: [node.id],
        edges: [],
        property: 'EphemeralStorage',
      });
    }
    return reports;
  },
});
