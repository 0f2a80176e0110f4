import type { z } from 'zod';
import { DesignEdgeV1, DesignNodeV1, DesignV1, DESIGN_FORMAT_V1, EdgeRole as EdgeRoleV1 } from './versions/v1.ts';

/** The current design format: what the writer writes and what the engine reads. */
export const DESIGN_FORMAT = DESIGN_FORMAT_V1;
export const Design = DesignV1;
export const DesignNode = DesignNodeV1;
export const DesignEdge = DesignEdgeV1;
export const EdgeRole = EdgeRoleV1;

export type Design = z.infer<typeof Design>;
export type DesignNode = z.infer<typeof DesignNode>;
export type DesignEdge = z.infer<typeof DesignEdge>;
export type EdgeRole = z.infer<typeof EdgeRole>;

/** How findings and the canvas name an edge: its id, or "from->to" when it has none. */
export function edgeKey(edge: Pick<DesignEdge, 'id' | 'from' | 'to'>): string {
  return edge.id ?? `${edge.from}->${edge.to}`;
}
