import type { Design, DesignNode } from '../../bridge.ts';
import { edgeKey } from '../../bridge.ts';

/** Node cards are drawn centred on their position. */
export const NODE_WIDTH = 132;
export const NODE_HEIGHT = 96;
export const GRID = 20;
/** The connection handle: a dot on the card's right edge. */
export const HANDLE_RADIUS = 9;

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function snapToGrid(point: Point): Point {
  return { x: Math.round(point.x / GRID) * GRID, y: Math.round(point.y / GRID) * GRID };
}

export function nodeCentre(node: DesignNode): Point {
  return node.position ?? { x: 0, y: 0 };
}

export function handlePoint(node: DesignNode): Point {
  const centre = nodeCentre(node);
  return { x: centre.x + NODE_WIDTH / 2, y: centre.y };
}

export function nodeRect(node: DesignNode): Rect {
  const { x, y } = nodeCentre(node);
  return { x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2, width: NODE_WIDTH, height: NODE_HEIGHT };
}

/** Where a straight edge from one card to another leaves and enters the cards' borders. */
export function edgeEndpoints(from: DesignNode, to: DesignNode): { start: Point; end: Point } {
  const a = nodeCentre(from);
  const b = nodeCentre(to);
  return { start: borderPoint(a, b), end: borderPoint(b, a) };
}

function borderPoint(centre: Point, toward: Point): Point {
  const dx = toward.x - centre.x;
  const dy = toward.y - centre.y;
  if (dx === 0 && dy === 0) return centre;
  const scale = Math.min(NODE_WIDTH / 2 / Math.abs(dx || 1e-9), NODE_HEIGHT / 2 / Math.abs(dy || 1e-9));
  return { x: centre.x + dx * Math.min(scale, 1), y: centre.y + dy * Math.min(scale, 1) };
}

/** Space between edges that join the same two nodes (both ways, or with different roles). */
const PARALLEL_GAP = 16;

/**
 * Every edge's drawn segment, keyed by edge key. Edges sharing a pair of nodes are spread apart
 * sideways so each stays visible and clickable; a lone edge runs centre to centre.
 */
export function edgeSegments(design: Design): Map<string, { start: Point; end: Point }> {
  const byId = new Map(design.nodes.map((node) => [node.id, node]));
  const pairs = new Map<string, string[]>();
  for (const edge of design.edges) {
    const pair = edge.from < edge.to ? `${edge.from} ${edge.to}` : `${edge.to} ${edge.from}`;
    const list = pairs.get(pair);
    if (list) list.push(edgeKey(edge));
    else pairs.set(pair, [edgeKey(edge)]);
  }
  const segments = new Map<string, { start: Point; end: Point }>();
  for (const edge of design.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) continue;
    const key = edgeKey(edge);
    const { start, end } = edgeEndpoints(from, to);
    const siblings = pairs.get(edge.from < edge.to ? `${edge.from} ${edge.to}` : `${edge.to} ${edge.from}`)!;
    if (siblings.length === 1) {
      segments.set(key, { start, end });
      continue;
    }
    // The normal is taken from the pair in a fixed order, so edges in opposite directions part too.
    const [a, b] = edge.from < edge.to ? [nodeCentre(from), nodeCentre(to)] : [nodeCentre(to), nodeCentre(from)];
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
    const shift = (siblings.indexOf(key) - (siblings.length - 1) / 2) * PARALLEL_GAP;
    const move = (point: Point) => ({ x: point.x + normal.x * shift, y: point.y + normal.y * shift });
    segments.set(key, { start: move(start), end: move(end) });
  }
  return segments;
}

/** What sits under a point on the canvas, topmost first: a handle, a node, an edge, or nothing. */
export type HitTarget =
  | { type: 'handle'; id: string }
  | { type: 'node'; id: string }
  | { type: 'edge'; key: string }
  | { type: 'canvas' };

/** `tolerance` is in world units; callers divide a screen tolerance by the zoom. */
export function hitTest(design: Design, point: Point, tolerance = 6): HitTarget {
  for (let i = design.nodes.length - 1; i >= 0; i--) {
    const node = design.nodes[i]!;
    const handle = handlePoint(node);
    if (Math.hypot(point.x - handle.x, point.y - handle.y) <= HANDLE_RADIUS + tolerance / 2) return { type: 'handle', id: node.id };
  }
  for (let i = design.nodes.length - 1; i >= 0; i--) {
    const node = design.nodes[i]!;
    if (contains(nodeRect(node), point)) return { type: 'node', id: node.id };
  }
  let best: { key: string; distance: number } | undefined;
  for (const [key, { start, end }] of edgeSegments(design)) {
    const distance = distanceToSegment(point, start, end);
    if (distance <= tolerance && (!best || distance < best.distance)) best = { key, distance };
  }
  return best ? { type: 'edge', key: best.key } : { type: 'canvas' };
}

export function contains(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height;
}

export function rectFromCorners(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}
