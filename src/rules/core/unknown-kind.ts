import { componentFor } from '../../catalog/index.ts';
import { defineRule } from '../define.ts';

export const unknownKind = defineRule({
  id: 'design/unknown-kind',
  severity: 'warning',
  title: 'A component kind Cloudwright does not model',
  source: { section: 'CloudFormation', quote: 'Resources required field. defines the resources and their properties' },
  facts: [],
  check(design) {
    return design.nodes
      .filter((node) => node.kind.startsWith('AWS::') && !componentFor(node.kind))
      .map((node) => ({
        message: `${node.id}: ${node.kind} is not a kind Cloudwright models; it is kept in the design but not checked or simulated.`,
        why: 'The rules and the simulation only know the AWS services the study notes teach.',
        fix: 'Use a component from the palette, or keep this node as documentation only.',
        nodes: [node.id],
        edges: [],
      }));
  },
});
