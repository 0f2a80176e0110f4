import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { runPlannedOperation, STACK } from './stack-run.ts';

export const exportInUseBlocksDelete = defineRule({
  id: 'cloudformation/export-in-use-blocks-delete',
  severity: 'error',
  title: 'Deleting a stack whose exports other stacks import',
  source: { section: 'CloudFormation', quote: 'All imports must be removed before deleting the exporting stack.' },
  facts: ['cfn.exports.delete_order', 'cfn.outputs.export'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind(STACK)) {
      if (design.config(node).operation !== 'delete') continue;
      const run = runPlannedOperation(design, node);
      if (run.refusal !== 'exports-in-use') continue;
      const imports = design.edgesTo(node.id, { kind: STACK });
      reports.push({
        message: `${node.id}: the delete ends ${run.status}: ${run.input.importedBy.join(', ')} still import${run.input.importedBy.length === 1 ? 's' : ''} its exports.`,
        why: 'Once another stack imports an output with Fn::ImportValue, CloudFormation refuses to delete the exporting stack (or change the exported value) until every import is removed.',
        fix: `Delete or update ${run.input.importedBy.join(', ')} first so they no longer import from ${node.id}; delete ${node.id} last.`,
        nodes: [node.id, ...run.input.importedBy],
        edges: imports.map((edge) => design.edgeKey(edge)),
        property: 'operation',
      });
    }
    return reports;
  },
});
