import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { runPlannedOperation, STACK } from './stack-run.ts';

export const terminationProtectionBlocksDelete = defineRule({
  id: 'cloudformation/termination-protection-blocks-delete',
  severity: 'error',
  title: 'Deleting a stack with termination protection on',
  source: { section: 'CloudFormation', quote: 'Termination Protection stack option prevents accidental deletion of an entire CloudFormation stack.' },
  facts: ['cfn.termination_protection'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind(STACK)) {
      if (design.config(node).operation !== 'delete') continue;
      const run = runPlannedOperation(design, node);
      if (run.refusal !== 'termination-protection') continue;
      reports.push({
        message: `${node.id}: the delete ends ${run.status}: termination protection is on.`,
        why: 'While termination protection is enabled, DeleteStack fails; nested stacks follow the setting of their root stack.',
        fix: 'Turn terminationProtection off first if the deletion is intended.',
        nodes: [node.id],
        edges: [],
        property: 'terminationProtection',
      });
    }
    return reports;
  },
});
