import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { STACK, templateResourcesOf } from './stack-run.ts';
import { SAM_TRANSFORM } from './serverless-needs-transform.ts';

export const transformIsOptional = defineRule({
  id: 'cloudformation/transform-is-optional',
  severity: 'info',
  title: 'A SAM transform on a template with no SAM resources',
  source: { section: 'CloudFormation', quote: 'Transforms required field. if this is used, it means the document is a SAM template' },
  facts: ['cfn.transform.required', 'cfn.resources.required'],
  currentFact:
    'The notes are wrong: Transform is optional and Resources is the only required section. AWS::Serverless-2016-10-31 marks a SAM template; AWS::Include and macros are other transforms.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind(STACK)) {
      const config = design.config(node);
      const transform = Array.isArray(config.transform) ? config.transform : [];
      const resources = templateResourcesOf(config.templateResources);
      if (!transform.includes(SAM_TRANSFORM) || resources.length === 0) continue;
      if (resources.some((resource) => resource.type.startsWith('AWS::Serverless::'))) continue;
      reports.push({
        message: `${node.id}: the template declares Transform ${SAM_TRANSFORM} but none of its ${resources.length} resources is a SAM type.`,
        why: 'Only Resources is a required template section. The SAM transform is needed only to expand AWS::Serverless::* resources; on a plain template it adds a processing step (and CAPABILITY_AUTO_EXPAND) for nothing.',
        fix: 'Remove the Transform, or write the serverless resources as AWS::Serverless::* types.',
        nodes: [node.id],
        edges: [],
        property: 'transform',
      });
    }
    return reports;
  },
});
