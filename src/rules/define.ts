import type { Rule, RuleMeta, RuleReport } from './types.ts';
import type { DesignContext } from './context.ts';

/** Declares a rule: metadata plus a check; kept as a function so rule files read the same. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export interface RangeRuleSpec extends Omit<RuleMeta, 'limit'> {
  kind: string;
  property: string;
  min?: number;
  max?: number;
  unit?: string;
  /** Explains why the limit exists and what the player should do instead. */
  why: string;
  fix: string;
}

/** A rule that a numeric CloudFormation property stays within AWS's limits. */
export function rangeRule(spec: RangeRuleSpec): Rule {
  const { kind, property, min, max, unit, why, fix, ...meta } = spec;
  const unitText = unit ? ` ${unit}` : '';
  return {
    ...meta,
    limit: { kind, property, min, max, unit },
    check(design: DesignContext): RuleReport[] {
      const reports: RuleReport[] = [];
      for (const node of design.nodesOfKind(kind)) {
        const value = design.config(node)[property];
        if (typeof value !== 'number') continue;
        const tooLow = min !== undefined && value < min;
        const tooHigh = max !== undefined && value > max;
        if (!tooLow && !tooHigh) continue;
        const bound = tooHigh ? `at most ${max}${unitText}` : `at least ${min}${unitText}`;
        reports.push({
          message: `${node.id}: ${property} is ${value}${unitText}; AWS allows ${bound}.`,
          why,
          fix,
          nodes: [node.id],
          edges: [],
          property,
        });
      }
      return reports;
    },
  };
}
