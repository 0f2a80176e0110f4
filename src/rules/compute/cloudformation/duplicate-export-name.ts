import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { STACK } from './stack-run.ts';

export const duplicateExportName = defineRule({
  id: 'cloudformation/duplicate-export-name',
  severity: 'error',
  title: 'Two stacks exporting the same name in one Region',
  source: {
    section: 'CloudFormation',
    quote: 'Outputs declares output values that you can import into other stacks, return in response or view on CF console. Use Export field for this',
  },
  facts: ['cfn.exports.delete_order', 'cfn.outputs.export'],
  check(design) {
    const owners = new Map<string, string[]>();
    for (const node of design.nodesOfKind(STACK)) {
      const config = design.config(node);
      for (const name of new Set(config.exports as string[])) {
        const key = `${String(config.region)} ${name}`;
        owners.set(key, [...(owners.get(key) ?? []), node.id]);
      }
    }
    const reports: RuleReport[] = [];
    for (const [key, stacks] of owners) {
      if (stacks.length < 2) continue;
      const [region, name] = key.split(' ');
      reports.push({
        message: `${stacks.join(' and ')} both export "${name}" in ${region}; the second stack fails to create.`,
        why: 'An export name must be unique within an account and Region, so importers know exactly which stack a value comes from.',
        fix: 'Give each export a unique name, e.g. prefix it with the stack name.',
        nodes: stacks,
        edges: [],
        property: 'exports',
      });
    }
    return reports;
  },
});
