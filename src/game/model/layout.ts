import type { Design } from '../../bridge.ts';
import { GRID } from './geometry.ts';

const COLUMN = 240;
const ROW = 160;
const ORIGIN = { x: 160, y: 140 };

/**
 * Places nodes that have no position (hand-written or scenario designs) in columns by how far
 * they are downstream of a node nothing points at, so the flow reads left to right.
 */
export function withPositions(design: Design): Design {
  if (design.nodes.every((node) => node.position)) return design;
  const depth = new Map<string, number>(design.nodes.map((node) => [node.id, 0]));
  // Longest path by relaxation, bounded by the node count so cycles stay finite.
  for (let pass = 0; pass < design.nodes.length; pass++) {
    let changed = false;
    for (const edge of design.edges) {
      const next = (depth.get(edge.from) ?? 0) + 1;
      if (depth.has(edge.to) && next > depth.get(edge.to)! && next < design.nodes.length) {
        depth.set(edge.to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const rows = new Map<number, number>();
  return {
    ...design,
    nodes: design.nodes.map((node) => {
      if (node.position) return node;
      const column = depth.get(node.id) ?? 0;
      const row = rows.get(column) ?? 0;
      rows.set(column, row + 1);
      const x = Math.round((ORIGIN.x + column * COLUMN) / GRID) * GRID;
      const y = Math.round((ORIGIN.y + row * ROW) / GRID) * GRID;
      return { ...node, position: { x, y } };
    }),
  };
}
