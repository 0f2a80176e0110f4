import { acceptanceFor, componentFor } from '../../catalog/index.ts';
import type { DesignEdge } from '../../design/schema.ts';
import type { Problem } from '../../formats/problems.ts';
import type { CloudwrightMetadata } from '../metadata.ts';
import type { Located } from './locate.ts';

/** An edge found in the template, with the path of what it was found in (for warnings). */
export type DerivedEdge = DesignEdge & { config: Record<string, unknown>; source: Array<string | number> };

/** Metadata edges: wired ones get their id and settings back, unwired ones (no CloudFormation form) are restored. */
export function restoreEdges(
  derived: DerivedEdge[],
  metadata: CloudwrightMetadata | undefined,
  nodeIds: Set<string>,
  kindOf: Map<string, string>,
  at: Located,
  warnings: Problem[],
): DesignEdge[] {
  const edges: DesignEdge[] = [];
  const used = new Set<number>();
  for (const meta of metadata?.edges ?? []) {
    if (!nodeIds.has(meta.from) || !nodeIds.has(meta.to)) continue;
    if (!meta.wired) {
      edges.push({ ...(meta.id ? { id: meta.id } : {}), from: meta.from, to: meta.to, ...(meta.role ? { role: meta.role } : {}), ...(meta.settings ? { config: meta.settings } : {}) });
      continue;
    }
    const index = derived.findIndex((edge, i) => !used.has(i) && edge.from === meta.from && edge.to === meta.to && edge.role === meta.role);
    if (index < 0) continue;
    used.add(index);
    const config = { ...derived[index]!.config };
    for (const key of meta.filled ?? []) delete config[key];
    Object.assign(config, meta.settings ?? {});
    const edge = { ...(meta.id ? { id: meta.id } : {}), from: meta.from, to: meta.to, ...(meta.role ? { role: meta.role } : {}), config };
    edges.push(finishEdge(edge, derived[index]!.source, kindOf, at, warnings));
  }
  derived.forEach((edge, index) => {
    const restored = edges.some((other) => other.from === edge.from && other.to === edge.to && other.role === edge.role);
    if (!used.has(index) && !restored) {
      const { source, ...designEdge } = edge;
      edges.push(finishEdge(designEdge, source, kindOf, at, warnings));
    }
  });
  return edges;
}

/** Checks an edge's config against the connection's settings: unknown ones kept, unreadable ones left out. */
function finishEdge(edge: DesignEdge, source: Array<string | number>, kindOf: Map<string, string>, at: Located, warnings: Problem[]): DesignEdge {
  const { config, ...rest } = edge;
  if (!config || Object.keys(config).length === 0) return rest;
  const schema = acceptanceFor(kindOf.get(edge.from) ?? '', kindOf.get(edge.to) ?? '', edge.role)?.config;
  if (!schema) return { ...rest, config };
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    const field = schema.shape[key];
    if (!field) {
      warnings.push(at(source, `${edge.from} → ${edge.to}: ${key} is not a setting Cloudwright models for this connection; it is kept as is`));
    } else if (!field.safeParse(value).success) {
      warnings.push(at(source, `${edge.from} → ${edge.to}: ${key} has a value the sandbox cannot evaluate; it is left out`));
      continue;
    }
    kept[key] = value;
  }
  return Object.keys(kept).length > 0 ? { ...rest, config: kept } : rest;
}

/** Keeps the properties the catalog can read; others are kept as they are, with a warning. */
export function checkedConfig(kind: string, config: Record<string, unknown>, path: Array<string | number>, at: Located, warnings: Problem[]): Record<string, unknown> {
  const definition = componentFor(kind);
  if (!definition) return config;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    const field = definition.config.shape[key];
    if (!field) {
      warnings.push(at([...path, key], `${kind} property ${key} is not one Cloudwright models; it is kept on the node as is`));
      kept[key] = value;
    } else if (!field.safeParse(value).success) {
      warnings.push(at([...path, key], `${key} has a value the sandbox cannot evaluate (e.g. a reference or function); it is left out`));
    } else {
      kept[key] = value;
    }
  }
  return kept;
}
