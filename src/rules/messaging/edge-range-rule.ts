import type { DesignContext } from '../context.ts';
import type { Rule, RuleMeta, RuleReport } from '../types.ts';
import type { DesignEdge } from '../../design/schema.ts';

export interface EdgeRangeRuleSpec extends Omit<RuleMeta, 'limit'> {
  /** Edges from this kind... */
  fromKind: string;
  /** ...into one of these kinds. */
  toKinds: readonly string[];
  property: string;
  min: number;
  max: number;
  unit?: string;
  /** Values outside min–max that AWS also accepts (e.g. -1 for "no limit"). */
  alsoAllowed?: readonly number[];
  /** Narrows the edges checked, e.g. only edges from FIFO queues. */
  applies?: (design: DesignContext, edge: DesignEdge) => boolean;
  why: string;
  fix: string;
}

/** A rule that a numeric setting on an edge (an event source mapping, a redrive policy) stays within AWS's limits. */
export function edgeRangeRule(spec: EdgeRangeRuleSpec): Rule {
  const { fromKind, toKinds, property, min, max, unit, alsoAllowed = [], applies, why, fix, ...meta } = spec;
  const unitText = unit ? ` ${unit}` : '';
  const allowedText = alsoAllowed.length > 0 ? ` (or ${alsoAllowed.join(', ')})` : '';
  return {
    ...meta,
    check(design: DesignContext): RuleReport[] {
      const reports: RuleReport[] = [];
      for (const node of design.nodesOfKind(fromKind)) {
        for (const edge of design.edgesFrom(node.id, { kind: toKinds })) {
          if (applies && !applies(design, edge)) continue;
          const value = design.edgeConfig(edge)[property];
          if (typeof value !== 'number' || alsoAllowed.includes(value)) continue;
          if (value >= min && value <= max) continue;
          reports.push({
            message: `${design.edgeKey(edge)}: ${property} is ${value}${unitText}; AWS allows ${min}–${max}${unitText}${allowedText}.`,
            why,
            fix,
            nodes: [edge.from, edge.to],
            edges: [design.edgeKey(edge)],
            property,
          });
        }
      }
      return reports;
    },
  };
}
