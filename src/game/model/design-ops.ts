import type { Design, DesignEdge, DesignNode, EdgeRole } from '../../bridge.ts';
import { componentFor, edgeKey } from '../../bridge.ts';
import type { Point } from './geometry.ts';

/** Pure edits of a design: each returns a new design and leaves the old one untouched. */

/** A readable, unused id from the kind's label: "SQS queue" → "sqs-queue", then "sqs-queue-2". */
export function nextNodeId(design: Design, kind: string): string {
  const label = componentFor(kind)?.label ?? kind.split('::').pop() ?? 'node';
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'node';
  const taken = new Set([...design.nodes.map((node) => node.id), ...design.edges.flatMap((edge) => (edge.id ? [edge.id] : []))]);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

export function addNode(design: Design, node: DesignNode): Design {
  return { ...design, nodes: [...design.nodes, node] };
}

export function moveNodes(design: Design, ids: readonly string[], delta: Point): Design {
  if (ids.length === 0 || (delta.x === 0 && delta.y === 0)) return design;
  const moving = new Set(ids);
  return {
    ...design,
    nodes: design.nodes.map((node) => {
      if (!moving.has(node.id)) return node;
      const at = node.position ?? { x: 0, y: 0 };
      return { ...node, position: { x: at.x + delta.x, y: at.y + delta.y } };
    }),
  };
}

export function placeNodes(design: Design, positions: ReadonlyMap<string, Point>): Design {
  return { ...design, nodes: design.nodes.map((node) => (positions.has(node.id) ? { ...node, position: positions.get(node.id)! } : node)) };
}

/** Removes nodes (with every edge touching them) and edges (by edge key). */
export function removeParts(design: Design, nodeIds: readonly string[], edgeKeys: readonly string[]): Design {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeKeys);
  return {
    ...design,
    nodes: design.nodes.filter((node) => !nodes.has(node.id)),
    edges: design.edges.filter((edge) => !nodes.has(edge.from) && !nodes.has(edge.to) && !edges.has(edgeKey(edge))),
  };
}

export function hasEdge(design: Design, from: string, to: string, role: EdgeRole | undefined): boolean {
  return design.edges.some((edge) => edge.from === from && edge.to === to && edge.role === role);
}

/**
 * Adds an edge. A second edge between the same pair (another role) gets an id, because an edge
 * without one is named "from->to" and names must stay unique.
 */
export function connect(design: Design, from: string, to: string, role: EdgeRole | undefined): Design {
  if (hasEdge(design, from, to, role)) return design;
  const samePair = design.edges.some((edge) => edge.from === from && edge.to === to);
  const edge: DesignEdge = { from, to, ...(role ? { role } : {}) };
  if (samePair) edge.id = uniqueEdgeId(design, `${from}-${role ?? 'edge'}`.slice(0, 60));
  return { ...design, edges: [...design.edges, edge] };
}

function uniqueEdgeId(design: Design, base: string): string {
  const taken = new Set([...design.nodes.map((node) => node.id), ...design.edges.map((edge) => edgeKey(edge))]);
  const clean = base.replace(/[^a-z0-9-]/g, '-');
  if (!taken.has(clean)) return clean;
  let n = 2;
  while (taken.has(`${clean}-${n}`)) n++;
  return `${clean}-${n}`;
}

/** Sets one config key; `undefined` removes it so AWS's default applies again. */
export function setNodeConfig(design: Design, id: string, key: string, value: unknown): Design {
  return {
    ...design,
    nodes: design.nodes.map((node) => (node.id === id ? { ...node, config: withKey(node.config, key, value) } : node)),
  };
}

/** A label is what the canvas shows instead of the id; an empty one removes it. */
export function setNodeLabel(design: Design, id: string, label: string | undefined): Design {
  return {
    ...design,
    nodes: design.nodes.map((node) => {
      if (node.id !== id) return node;
      const { label: _old, ...rest } = node;
      return label ? { ...rest, label } : rest;
    }),
  };
}

export function setEdgeConfig(design: Design, key: string, property: string, value: unknown): Design {
  return {
    ...design,
    edges: design.edges.map((edge) => (edgeKey(edge) === key ? { ...edge, config: withKey(edge.config, property, value) } : edge)),
  };
}

/** Changing the role changes what the edge means, so its config (which belonged to the old role) is dropped. */
export function setEdgeRole(design: Design, key: string, role: EdgeRole | undefined): Design {
  return {
    ...design,
    edges: design.edges.map((edge) => {
      if (edgeKey(edge) !== key) return edge;
      const { role: _old, config: _config, ...rest } = edge;
      return { ...rest, ...(role ? { role } : {}) };
    }),
  };
}

function withKey(config: Record<string, unknown> | undefined, key: string, value: unknown): Record<string, unknown> | undefined {
  const next = { ...(config ?? {}) };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}
