import { acceptanceFor, acceptancesBetween, componentFor } from '../../catalog/index.ts';
import { defineRule } from '../define.ts';
import type { DesignContext } from '../context.ts';
import type { RuleReport } from '../types.ts';

/**
 * Pairs that a dedicated rule explains better (registered by rules/index.ts); this rule
 * stays quiet on them so each refused edge is reported once.
 */
export const explainedConnections = new Set<string>();

export function connectionKey(fromKind: string, toKind: string, role: string | undefined): string {
  return `${fromKind} ${toKind} ${role ?? ''}`;
}

export const connectionNotOffered = defineRule({
  id: 'design/connection-not-offered',
  severity: 'error',
  title: 'A connection AWS does not offer',
  source: { section: 'CloudFormation', quote: 'Resources required field. defines the resources and their properties' },
  facts: [],
  check(design: DesignContext): RuleReport[] {
    const reports: RuleReport[] = [];
    for (const edge of design.edges) {
      const fromKind = design.kindOf(edge.from);
      const toKind = design.kindOf(edge.to);
      if (!fromKind || !toKind || !componentFor(fromKind) || !componentFor(toKind)) continue;
      if (acceptanceFor(fromKind, toKind, edge.role)) continue;
      if (explainedConnections.has(connectionKey(fromKind, toKind, edge.role))) continue;
      reports.push({ ...explainRefusal(fromKind, toKind, edge.role), nodes: [edge.from, edge.to], edges: [design.edgeKey(edge)] });
    }
    return reports;
  },
});

/** Why an edge between two kinds is refused, and what would work instead. */
export function explainRefusal(fromKind: string, toKind: string, role: string | undefined): Omit<RuleReport, 'nodes' | 'edges'> {
  const from = componentFor(fromKind)?.label ?? fromKind;
  const to = componentFor(toKind)?.label ?? toKind;
  const options = acceptancesBetween(fromKind, toKind);
  if (options.length > 0) {
    const roles = options.map((option) => (option.role ? `role "${option.role}" (${option.verb})` : `no role (${option.verb})`));
    return {
      message: `A ${from} cannot connect to a ${to} ${role ? `with role "${role}"` : 'without a role'}.`,
      why: `AWS offers this pair only as: ${roles.join('; ')}.`,
      fix: `Set the edge's role to one of those, or remove the edge.`,
    };
  }
  const reverse = acceptancesBetween(toKind, fromKind);
  return {
    message: `AWS offers no connection from a ${from} to a ${to}.`,
    why: reverse.length > 0
      ? `The connection goes the other way: a ${to} ${reverse[0]!.verb} a ${from}.`
      : `No AWS feature sends data or calls from a ${from} to a ${to}.`,
    fix: reverse.length > 0 ? 'Reverse the edge.' : 'Remove the edge, or put a component between them that AWS can connect to both.',
  };
}
