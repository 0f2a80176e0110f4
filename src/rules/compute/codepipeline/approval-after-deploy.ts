import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { indexOfStageWith, stagesOf } from './stages.ts';

export const approvalAfterDeploy = defineRule({
  id: 'codepipeline/approval-after-deploy',
  severity: 'warning',
  title: 'A manual approval that comes after the deployment it should gate',
  source: { section: 'CodePipeline', quote: 'If the pipeline needs needs approval, add a manual approval step at the end of the flow' },
  facts: ['codepipeline.approval'],
  currentFact:
    'A manual approval action can sit in any stage; the execution pauses there (and fails if rejected or not approved within 7 days), so it belongs BEFORE the deploy it gates, not at the end of the flow.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::CodePipeline::Pipeline')) {
      const stages = stagesOf(design.config(node).Stages);
      const approval = indexOfStageWith(stages, 'Approval');
      if (approval < 0) continue;
      let lastDeploy = -1;
      for (let index = 0; index < stages.length; index++) if (stages[index]!.categories.includes('Deploy')) lastDeploy = index;
      if (lastDeploy < 0 || approval < lastDeploy) continue;
      reports.push({
        message: `${node.id}: the approval in stage "${stages[approval]!.name}" comes after the last deploy stage "${stages[lastDeploy]!.name}"; the change is live before anyone approves it.`,
        why: 'The pipeline pauses at a manual approval action until someone approves or rejects it; stages before it have already run. An approval at the end of the flow gates nothing.',
        fix: `Move the approval into a stage before "${stages[lastDeploy]!.name}".`,
        nodes: [node.id],
        edges: [],
        property: 'Stages',
      });
    }
    return reports;
  },
});
