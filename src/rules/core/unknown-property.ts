import { componentFor } from '../../catalog/index.ts';
import { defineRule } from '../define.ts';
import type { RuleReport } from '../types.ts';

export const unknownProperty = defineRule({
  id: 'design/unknown-property',
  severity: 'warning',
  title: 'A config key the component does not have',
  source: { section: 'CloudFormation', quote: 'Resources required field. defines the resources and their properties' },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodes) {
      const definition = componentFor(node.kind);
      if (!definition || !node.config) continue;
      const known = Object.keys(definition.config.shape);
      for (const key of Object.keys(node.config)) {
        if (known.includes(key)) continue;
        const near = known.find((name) => name.toLowerCase() === key.toLowerCase());
        reports.push({
          message: `${node.id}: ${definition.label} has no property "${key}"; it is ignored.`,
          why: 'Config keys are CloudFormation property names (PascalCase) or Cloudwright settings (camelCase), spelled exactly.',
          fix: near ? `Did you mean "${near}"?` : `Known keys: ${known.join(', ') || 'none'}.`,
          nodes: [node.id],
          edges: [],
          property: key,
        });
      }
    }
    return reports;
  },
});
