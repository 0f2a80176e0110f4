import type { DesignEdge, DesignNode } from '../../design/schema.ts';

export const LAYOUT = { left: 80, top: 80, columnGap: 240, rowGap: 140 } as const;

/**
 * Places nodes that have no position in columns by the flow of edges: a node sits one column to
 * the right of the furthest node that feeds it (edges that close a loop are ignored). Deterministic:
 * rows follow the order of the nodes.
 */
export function layOut(nodes: DesignNode[], edges: DesignEdge[]): DesignNode[] {
  const order = new Map(nodes.map((node, index) => [node.id, index]));
  const incoming = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const edge of edges) if (order.has(edge.from) && order.has(edge.to)) incoming.get(edge.to)!.push(edge.from);
  const column = new Map<string, number>();
  const onPath = new Set<string>();
  const columnOf = (id: string): number => {
    const known = column.get(id);
    if (known !== undefined) return known;
    onPath.add(id);
    let value = 0;
    for (const from of incoming.get(id) ?? []) if (!onPath.has(from)) value = Math.max(value, columnOf(from) + 1);
    onPath.delete(id);
    column.set(id, value);
    return value;
  };
  const rows = new Map<number, number>();
  return nodes.map((node) => {
    const x = columnOf(node.id);
    const y = rows.get(x) ?? 0;
    rows.set(x, y + 1);
    if (node.position) return node;
    return { ...node, position: { x: LAYOUT.left + x * LAYOUT.columnGap, y: LAYOUT.top + y * LAYOUT.rowGap } };
  });
}
