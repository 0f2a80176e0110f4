import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

/** The default concurrency quota per account and Region. */
const ACCOUNT_CONCURRENCY = 1000;
/** Lambda keeps this much unreserved for functions without reserved concurrency. */
const UNRESERVED_MINIMUM = 100;
const RESERVABLE = ACCOUNT_CONCURRENCY - UNRESERVED_MINIMUM;

export const reservedConcurrencyLimit = defineRule({
  id: 'lambda/reserved-concurrency-limit',
  severity: 'error',
  title: 'Reserved concurrency above what the account can reserve',
  source: {
    section: 'Lambda',
    quote: 'Lambda has a limit to the number of functions that can run simultaneously in a region. Default is 1000',
  },
  facts: ['lambda.concurrency.default', 'lambda.reserved.concurrency'],
  currentFact:
    'The default quota is 1,000 CONCURRENT executions per Region (in-flight requests at one moment), not 1,000 per second; it can be raised, and new accounts may start lower.',
  limit: { kind: 'AWS::Lambda::Function', property: 'ReservedConcurrentExecutions', min: 0, max: RESERVABLE },
  check(design) {
    const reserving = design.nodesOfKind('AWS::Lambda::Function').flatMap((node) => {
      const reserved = design.config(node).ReservedConcurrentExecutions;
      return typeof reserved === 'number' ? [{ node, reserved }] : [];
    });
    const why = `An account has ${ACCOUNT_CONCURRENCY} concurrent executions per Region by default, shared by all its functions, and Lambda always keeps ${UNRESERVED_MINIMUM} unreserved for functions without reserved concurrency, so at most ${RESERVABLE} can be reserved. Reserved concurrency both caps and guarantees a function's concurrency.`;
    const reports: RuleReport[] = reserving
      .filter(({ reserved }) => reserved > RESERVABLE)
      .map(({ node, reserved }) => ({
        message: `${node.id}: ReservedConcurrentExecutions is ${reserved}; with the default quota of ${ACCOUNT_CONCURRENCY} concurrent executions per Region, at most ${RESERVABLE} can be reserved.`,
        why,
        fix: `Reserve at most ${RESERVABLE}, or request a higher concurrency quota first (Service Quotas).`,
        nodes: [node.id],
        edges: [],
        property: 'ReservedConcurrentExecutions',
      }));
    if (reports.length > 0) return reports;
    const total = reserving.reduce((sum, { reserved }) => sum + reserved, 0);
    if (total <= RESERVABLE) return [];
    return [
      {
        message: `Reserved concurrency adds up to ${total} across ${reserving.map(({ node }) => node.id).join(', ')}; only ${RESERVABLE} of the default ${ACCOUNT_CONCURRENCY} can be reserved in one Region.`,
        why,
        fix: `Lower the reservations so they add up to at most ${RESERVABLE}, or request a higher concurrency quota.`,
        nodes: reserving.map(({ node }) => node.id),
        edges: [],
        property: 'ReservedConcurrentExecutions',
      },
    ];
  },
});
