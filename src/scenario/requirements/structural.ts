import { componentFor } from '../../catalog/index.ts';
import { edgeKey } from '../../design/schema.ts';
import { describeSelector, findPath, isAsynchronous, selectNodes } from './graph.ts';
import { NOTES } from './notes.ts';
import { because, type Evaluator, failed, passed, plural } from './result.ts';

function label(kind: string): string {
  return componentFor(kind)?.label ?? kind;
}

export const usesKind: Evaluator<'uses-kind'> = (requirement, { context }) => {
  const nodes = context.nodesOfKind(requirement.kind);
  if (nodes.length >= requirement.atLeast) return passed(`The design has ${plural(nodes.length, label(requirement.kind))}.`, { nodes: nodes.map((n) => n.id) });
  return failed({
    message: `The design has ${plural(nodes.length, label(requirement.kind))}; the brief needs at least ${requirement.atLeast}.`,
    why: `This level is about what a ${label(requirement.kind)} does; the brief cannot be met without it.`,
    fix: `Drag a ${label(requirement.kind)} (${requirement.kind}) from the palette and connect it.`,
    nodes: nodes.map((n) => n.id),
    edges: [],
  });
};

export const forbidsKind: Evaluator<'forbids-kind'> = (requirement, { context }) => {
  const nodes = context.nodesOfKind(requirement.kind);
  if (nodes.length === 0) return passed(`The design uses no ${label(requirement.kind)}.`);
  return failed({
    message: `The design uses ${plural(nodes.length, label(requirement.kind))} (${nodes.map((n) => n.id).join(', ')}), which the brief rules out.`,
    why: `The brief rules out ${requirement.kind}: ${requirement.label}.`,
    fix: `Remove ${nodes.map((n) => n.id).join(', ')} and meet the need another way.`,
    nodes: nodes.map((n) => n.id),
    edges: [],
  });
};

export const pathExists: Evaluator<'path-exists'> = (requirement, { context }) => {
  const from = selectNodes(context, requirement.from);
  const to = selectNodes(context, requirement.to);
  const path = findPath(context, from, to);
  if (path) return passed(`Data flows ${path.nodes.join(' → ')}.`, { nodes: path.nodes, edges: path.edges.map(edgeKey) });
  return failed({
    message: `No path leads from ${describeSelector(requirement.from)} to ${describeSelector(requirement.to)}${from.length === 0 || to.length === 0 ? ' (the design has none of one end)' : ''}.`,
    why: 'Edges point the way data or calls flow; without a connected path the data never arrives.',
    fix: `Connect ${describeSelector(requirement.from)} to ${describeSelector(requirement.to)}, directly or through the components between them.`,
    nodes: [...from, ...to].map((n) => n.id),
    edges: [],
  });
};

export const decoupled: Evaluator<'decoupled'> = (requirement, { context }) => {
  const source = requirement.notes ?? NOTES.durableQueue;
  const from = selectNodes(context, requirement.from);
  const to = selectNodes(context, requirement.to);
  const path = findPath(context, from, to, (edge) => !isAsynchronous(context, edge));
  if (!path) return passed(`Nothing ${describeSelector(requirement.from)} does waits on ${describeSelector(requirement.to)}.`, { source });
  return failed({
    message: `${path.nodes[0]} waits on ${path.nodes[path.nodes.length - 1]}: every call along ${path.nodes.join(' → ')} is synchronous.`,
    why: because(
      'A synchronous call holds the caller until the callee finishes, so a slow or failing consumer slows or fails the producer. A queue, topic or stream (or an asynchronous invocation) in between lets each side work at its own pace.',
      source,
    ),
    fix: `Put a queue, topic or stream between ${path.nodes[0]} and ${path.nodes[path.nodes.length - 1]}, or invoke asynchronously (invocationType: Event).`,
    nodes: path.nodes,
    edges: path.edges.map(edgeKey),
    source,
  });
};

export const maxComponents: Evaluator<'max-components'> = (requirement, { context }) => {
  const parts = context.nodes.filter((node) => !node.kind.startsWith('Actor::'));
  if (parts.length <= requirement.atMost) return passed(`The design uses ${plural(parts.length, 'component')}.`);
  return failed({
    message: `The design uses ${plural(parts.length, 'component')} (not counting actors); the goal is at most ${requirement.atMost}.`,
    why: 'Every component is something to pay for, secure and operate; the simplest design that meets the brief is the best one.',
    fix: 'Look for a component that does not change what the run shows, and remove it.',
    nodes: parts.map((n) => n.id),
    edges: [],
  });
};

export const paletteOnly: Evaluator<'palette-only'> = (_requirement, { context, scenario }) => {
  const allowed = new Set([...scenario.palette, ...(scenario.start?.design.nodes.map((node) => node.kind) ?? [])]);
  const outside = context.nodes.filter((node) => !allowed.has(node.kind));
  if (outside.length === 0) return passed('Every component comes from the palette of this level.');
  const kinds = [...new Set(outside.map((node) => node.kind))];
  return failed({
    message: `${outside.map((node) => `${node.id} (${node.kind})`).join(', ')} ${outside.length === 1 ? 'is' : 'are'} not in this level's palette.`,
    why: `This level is solved with ${scenario.palette.join(', ')}; ${kinds.join(', ')} would sidestep what it teaches.`,
    fix: `Remove ${outside.map((node) => node.id).join(', ')} and meet the brief with the palette's components.`,
    nodes: outside.map((node) => node.id),
    edges: [],
  });
};
