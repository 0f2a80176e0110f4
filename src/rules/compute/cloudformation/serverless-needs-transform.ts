import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { STACK, templateResourcesOf } from './stack-run.ts';

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

export const serverlessNeedsTransform = defineRule({
  id: 'cloudformation/serverless-needs-transform',
  severity: 'error',
  title: 'SAM resources without the SAM transform',
  source: { section: 'Serverless', quote: 'SAM is the serverless application model, to define and provision serverless apps using CloudFormation.' },
  facts: ['sam.transform', 'cfn.transform.required'],
  currentFact: 'Transform is optional in a template (only Resources is required); a template needs Transform AWS::Serverless-2016-10-31 exactly when it uses SAM resource types.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind(STACK)) {
      const config = design.config(node);
      const transform = Array.isArray(config.transform) ? config.transform : [];
      if (transform.includes(SAM_TRANSFORM)) continue;
      const serverless = templateResourcesOf(config.templateResources).filter((resource) => resource.type.startsWith('AWS::Serverless::'));
      if (serverless.length === 0) continue;
      reports.push({
        message: `${node.id}: ${serverless.map((resource) => `${resource.logicalId} (${resource.type})`).join(', ')} ${serverless.length === 1 ? 'needs' : 'need'} Transform ${SAM_TRANSFORM}, which the template does not declare.`,
        why: 'AWS::Serverless::* types are SAM shorthand; the SAM transform expands them into Lambda functions, API Gateway APIs and the rest. Without it CloudFormation rejects the template with unrecognized resource types.',
        fix: `Add Transform: ${SAM_TRANSFORM} to the template.`,
        nodes: [node.id],
        edges: [],
        property: 'transform',
      });
    }
    return reports;
  },
});
