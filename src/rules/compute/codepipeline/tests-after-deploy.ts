import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { indexOfStageWith, stagesOf } from './stages.ts';

export const testsAfterDeploy = defineRule({
  id: 'codepipeline/tests-after-deploy',
  severity: 'warning',
  title: 'Tests that run only after the deployment',
  source: { section: 'CodePipeline', quote: 'If one stage of the pipeline fails, the entire process stops running' },
  facts: ['codepipeline.stage_fail'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::CodePipeline::Pipeline')) {
      const stages = stagesOf(design.config(node).Stages);
      const firstDeploy = indexOfStageWith(stages, 'Deploy');
      if (firstDeploy < 0 || indexOfStageWith(stages, 'Test') < 0) continue;
      const testBefore = stages.slice(0, firstDeploy).some((stage) => stage.categories.includes('Test'));
      if (testBefore) continue;
      const testStage = stages[indexOfStageWith(stages, 'Test', firstDeploy)]!;
      reports.push({
        message: `${node.id}: tests run first in stage "${testStage.name}", after deploy stage "${stages[firstDeploy]!.name}"; a failing test stops the pipeline only once the change is deployed.`,
        why: 'A failed action fails its stage and the execution stops there: later stages never run. That protects production only for checks placed before the deploy stage.',
        fix: `Run the tests in a stage before "${stages[firstDeploy]!.name}" (or deploy first to a test environment, then test, then deploy to production).`,
        nodes: [node.id],
        edges: [],
        property: 'Stages',
      });
    }
    return reports;
  },
});
