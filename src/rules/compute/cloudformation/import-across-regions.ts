import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { STACK } from './stack-run.ts';

export const importAcrossRegions = defineRule({
  id: 'cloudformation/import-across-regions',
  severity: 'error',
  title: 'A cross-stack reference between Regions',
  source: {
    section: 'CloudFormation',
    quote: "With a cross-stack reference, owners of the web app stacks don't need to create or maintain networking rules or assets",
  },
  facts: ['cfn.exports.delete_order'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind(STACK)) {
      const region = design.config(node).region;
      for (const edge of design.edgesFrom(node.id, { kind: STACK })) {
        const exporter = design.node(edge.to);
        const exporterRegion = exporter ? design.config(exporter).region : region;
        if (exporterRegion === region) continue;
        reports.push({
          message: `${node.id} (${region}) imports from ${edge.to} (${exporterRegion}); exports are visible only in their own Region.`,
          why: 'Export names are unique per account and Region, and Fn::ImportValue resolves them only within the same Region.',
          fix: 'Deploy both stacks in one Region, or pass the value another way (a parameter, SSM Parameter Store, or Fn::GetStackOutput).',
          nodes: [node.id, edge.to],
          edges: [design.edgeKey(edge)],
          property: 'region',
        });
      }
    }
    return reports;
  },
});
