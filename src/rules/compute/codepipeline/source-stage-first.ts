import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { stagesOf } from './stages.ts';

export const sourceStageFirst = defineRule({
  id: 'codepipeline/source-stage-first',
  severity: 'error',
  title: 'A pipeline must start with a source stage and have two stages',
  source: { section: 'CodePipeline', quote: 'Manages the whole workflow whenever a change is detected in the source code' },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::CodePipeline::Pipeline')) {
      const stages = stagesOf(design.config(node).Stages);
      if (stages.length === 0) continue;
      const first = stages[0]!;
      const firstIsSource = first.categories.length > 0 && first.categories.every((category) => category === 'Source');
      const laterSource = stages.slice(1).find((stage) => stage.categories.includes('Source'));
      const problem =
        stages.length < 2
          ? `it has ${stages.length} stage; a pipeline needs at least two`
          : !firstIsSource
            ? `its first stage "${first.name}" is not made of source actions only`
            : laterSource
              ? `stage "${laterSource.name}" has a source action; only the first stage may`
              : undefined;
      if (!problem) continue;
      reports.push({
        message: `${node.id}: ${problem}.`,
        why: 'CodePipeline starts each execution from a change in the source: the first stage holds only source actions (CodeCommit, S3, ECR, connections), no other stage may, and a pipeline has at least two stages. AWS rejects other structures.',
        fix: 'Put the source actions alone in the first stage, followed by at least one build, test, approval or deploy stage.',
        nodes: [node.id],
        edges: [],
        property: 'Stages',
      });
    }
    return reports;
  },
});
