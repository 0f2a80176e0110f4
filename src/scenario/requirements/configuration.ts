import { componentFor } from '../../catalog/index.ts';
import type { DesignNode } from '../../design/schema.ts';
import type { DesignContext } from '../../rules/context.ts';
import type { Requirement } from '../schema.ts';
import { because, type Evaluator, failed, passed } from './result.ts';

type PropertyRequirement = Extract<Requirement, { type: 'property' }>;

/** A config value by dotted path, with AWS's defaults filled in. */
export function propertyValue(context: DesignContext, node: DesignNode, path: string): unknown {
  let value: unknown = context.config(node);
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function complies(requirement: PropertyRequirement, value: unknown): boolean {
  if (requirement.equals !== undefined && value !== requirement.equals) return false;
  if (requirement.oneOf !== undefined && !requirement.oneOf.some((option) => option === value)) return false;
  if (requirement.atLeast !== undefined && !(typeof value === 'number' && value >= requirement.atLeast)) return false;
  if (requirement.atMost !== undefined && !(typeof value === 'number' && value <= requirement.atMost)) return false;
  return true;
}

/** "equal to true", "at most 400", "one of PROVISIONED, ..." */
export function describeTest(requirement: PropertyRequirement): string {
  const parts: string[] = [];
  if (requirement.equals !== undefined) parts.push(`equal to ${JSON.stringify(requirement.equals)}`);
  if (requirement.oneOf !== undefined) parts.push(`one of ${requirement.oneOf.map((v) => JSON.stringify(v)).join(', ')}`);
  if (requirement.atLeast !== undefined) parts.push(`at least ${requirement.atLeast}`);
  if (requirement.atMost !== undefined) parts.push(`at most ${requirement.atMost}`);
  return parts.join(' and ');
}

export const property: Evaluator<'property'> = (requirement, { context }) => {
  const kindLabel = componentFor(requirement.kind)?.label ?? requirement.kind;
  const nodes = context.nodesOfKind(requirement.kind);
  const test = describeTest(requirement);
  if (nodes.length === 0) {
    return failed({
      message: `The design has no ${kindLabel}, so no ${requirement.property} is ${test}.`,
      why: `The brief asks for a ${kindLabel} whose ${requirement.property} is ${test}.`,
      fix: `Add a ${kindLabel} and set ${requirement.property}.`,
      nodes: [],
      edges: [],
    });
  }
  const values = nodes.map((node) => ({ node, value: propertyValue(context, node, requirement.property) }));
  const bad = values.filter(({ value }) => !complies(requirement, value));
  const ok = requirement.match === 'all' ? bad.length === 0 : bad.length < values.length;
  const shown = (value: unknown) => (value === undefined ? 'not set' : JSON.stringify(value));
  if (ok) {
    const good = values.filter((entry) => !bad.includes(entry));
    return passed(`${good.map(({ node, value }) => `${node.id}: ${requirement.property} is ${shown(value)}`).join('; ')}.`, { nodes: good.map(({ node }) => node.id) });
  }
  const offenders = requirement.match === 'all' ? bad : values;
  return failed({
    message: `${offenders.map(({ node, value }) => `${node.id}: ${requirement.property} is ${shown(value)}`).join('; ')}; the brief needs ${requirement.match === 'all' ? 'every' : 'a'} ${kindLabel} with ${requirement.property} ${test}.`,
    why: requirement.notes ? because(`${requirement.label}.`, requirement.notes) : `${requirement.label}.`,
    ...(requirement.notes ? { source: requirement.notes } : {}),
    fix: `Set ${requirement.property} to a value ${test} on ${offenders.map(({ node }) => node.id).join(', ')} in the inspector.`,
    nodes: offenders.map(({ node }) => node.id),
    edges: [],
  });
};
