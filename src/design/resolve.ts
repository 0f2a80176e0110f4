import { acceptanceFor, componentFor } from '../catalog/index.ts';
import type { DesignEdge, DesignNode } from './schema.ts';

export type ResolvedConfig = Record<string, unknown>;

/** A node's config with AWS's defaults filled in for every property the player left out. */
export function resolveNodeConfig(node: DesignNode): ResolvedConfig {
  const definition = componentFor(node.kind);
  if (!definition) return { ...(node.config ?? {}) };
  const parsed = definition.config.safeParse(node.config ?? {});
  return parsed.success ? { ...(node.config ?? {}), ...(parsed.data as ResolvedConfig) } : { ...(node.config ?? {}) };
}

/** An edge's config with the defaults of the connection it makes. */
export function resolveEdgeConfig(edge: DesignEdge, fromKind: string, toKind: string): ResolvedConfig {
  const schema = acceptanceFor(fromKind, toKind, edge.role)?.config;
  if (!schema) return { ...(edge.config ?? {}) };
  const parsed = schema.safeParse(edge.config ?? {});
  return parsed.success ? { ...(edge.config ?? {}), ...(parsed.data as ResolvedConfig) } : { ...(edge.config ?? {}) };
}
