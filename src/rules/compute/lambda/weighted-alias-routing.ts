import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { aliasOf, LATEST } from './alias.ts';

export const weightedAliasRouting = defineRule({
  id: 'lambda/weighted-alias-routing',
  severity: 'error',
  title: 'A weighted alias AWS cannot route',
  source: { section: 'Lambda', quote: 'With aliases, you can route some traffic to the new Lambda version.' },
  facts: ['lambda.alias.weighted', 'lambda.alias.versions'],
  currentFact:
    'Aliases do not create versions (publishing does): an alias is a named, updatable pointer to one published version, and a weighted alias sends a share (0–1) of invocations to one second published version.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::Lambda::Function')) {
      const alias = aliasOf(design.config(node).alias);
      const weights = alias?.RoutingConfig?.AdditionalVersionWeights ?? [];
      if (!alias || weights.length === 0) continue;
      const problems: string[] = [];
      if (weights.length > 1) problems.push(`it lists ${weights.length} additional versions; a weighted alias splits between exactly two versions`);
      for (const weight of weights) {
        if (!(weight.FunctionWeight >= 0 && weight.FunctionWeight <= 1)) problems.push(`the weight ${weight.FunctionWeight} of version ${weight.FunctionVersion} is outside 0–1`);
        if (weight.FunctionVersion === alias.FunctionVersion) problems.push(`version ${weight.FunctionVersion} is both the primary and the additional version`);
      }
      const versions = [alias.FunctionVersion, ...weights.map((weight) => weight.FunctionVersion)];
      if (versions.includes(LATEST)) problems.push('it routes to $LATEST; both versions must be published');
      if (problems.length === 0) continue;
      reports.push({
        message: `${node.id}: alias ${alias.Name}: ${problems.join('; ')}.`,
        why: 'A weighted alias points to one published version and sends FunctionWeight (between 0 and 1) of the invocations to a single second published version; the rest go to the primary version.',
        fix: 'Publish the new code as a version, keep the alias on the old version and list the new one once in AdditionalVersionWeights with a weight such as 0.1.',
        nodes: [node.id],
        edges: [],
        property: 'alias',
      });
    }
    return reports;
  },
});
