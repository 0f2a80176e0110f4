import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

export const provisionedAboveReserved = defineRule({
  id: 'lambda/provisioned-above-reserved',
  severity: 'error',
  title: 'Provisioned concurrency above reserved concurrency',
  source: {
    section: 'Lambda',
    quote: 'Lambda automatically scales out, not up.',
  },
  facts: ['lambda.provisioned.concurrency', 'lambda.reserved.concurrency'],
  check(design) {
    const reports: RuleReport[] = [];
    for (const node of design.nodesOfKind('AWS::Lambda::Function')) {
      const config = design.config(node);
      const reserved = config.ReservedConcurrentExecutions;
      const provisioned = config.provisionedConcurrency;
      if (typeof reserved !== 'number' || typeof provisioned !== 'number' || provisioned <= reserved) continue;
      reports.push({
        message: `${node.id}: provisioned concurrency is ${provisioned} but ReservedConcurrentExecutions caps the function at ${reserved}.`,
        why: 'Reserved concurrency is the most instances a function may ever run; Lambda refuses to pre-initialise more provisioned instances than that cap allows.',
        fix: `Lower provisioned concurrency to at most ${reserved}, or raise ReservedConcurrentExecutions.`,
        nodes: [node.id],
        edges: [],
        property: 'provisionedConcurrency',
      });
    }
    return reports;
  },
});
