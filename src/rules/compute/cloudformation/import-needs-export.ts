import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { STACK } from './stack-run.ts';

export const importNeedsExport = defineRule({
  id: 'cloudformation/import-needs-export',
  severity: 'error',
  title: 'Importing a value the other stack does not export',
  source: {
    section: 'CloudFormation',
    quote: 'Outputs declares output values that you can import into other stacks, return in response or view on CF console. Use Export field for this',
  },
  facts: ['cfn.outputs.export', 'cfn.ref_import'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind(STACK)) {
      for (const edge of design.edgesFrom(node.id, { kind: STACK })) {
        const exporter = design.node(edge.to);
        if (!exporter) continue;
        const exported = design.config(exporter).exports as string[];
        const importNames = (design.edgeConfig(edge).importNames ?? []) as string[];
        const missing = importNames.filter((name) => !exported.includes(name));
        if (missing.length === 0) continue;
        reports.push({
          message: `${node.id}: it imports ${missing.join(', ')} from ${edge.to}, which exports ${exported.length > 0 ? exported.join(', ') : 'nothing'}.`,
          why: 'Fn::ImportValue reads only outputs that another stack exported with an Export Name in the same account and Region (Ref cannot import at all); an unknown name fails the create or update.',
          fix: `Add an Output with Export Name ${missing.join(', ')} to ${edge.to}, or import a name it exports.`,
          nodes: [node.id, edge.to],
          edges: [design.edgeKey(edge)],
        });
      }
    }
    return reports;
  },
});
