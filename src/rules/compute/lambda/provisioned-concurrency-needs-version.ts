import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { aliasOf, LATEST } from './alias.ts';

export const provisionedConcurrencyNeedsVersion = defineRule({
  id: 'lambda/provisioned-concurrency-needs-version',
  severity: 'error',
  title: 'Provisioned concurrency on $LATEST',
  source: {
    section: 'Lambda',
    quote: 'Use Lambda versioning and aliases to point the apps to a specific version',
  },
  facts: ['lambda.provisioned.concurrency', 'lambda.version.immutable', 'lambda.latest.arn'],
  currentFact:
    '$LATEST can be invoked through a qualified ARN (…:function:name:$LATEST), but provisioned concurrency is configured on a published version or an alias pointing to one, never on $LATEST.',
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::Lambda::Function')) {
      const config = design.config(node);
      const provisioned = Number(config.provisionedConcurrency);
      if (!(provisioned > 0)) continue;
      const alias = aliasOf(config.alias);
      if (alias && alias.FunctionVersion !== LATEST) continue;
      reports.push({
        message: alias
          ? `${node.id}: provisioned concurrency ${provisioned} is set on alias ${alias.Name}, which points to $LATEST.`
          : `${node.id}: provisioned concurrency ${provisioned} is set, but callers invoke the unpublished $LATEST (no alias).`,
        why: 'Lambda pre-initialises provisioned instances from an immutable published version; $LATEST changes with every upload, so it cannot carry provisioned concurrency (and an alias pointing to it cannot either).',
        fix: 'Publish a version, point an alias at it (alias.FunctionVersion: "1"), have the callers invoke the alias, and set provisioned concurrency there.',
        nodes: [node.id],
        edges: [],
        property: alias ? 'alias' : 'provisionedConcurrency',
      });
    }
    return reports;
  },
});
