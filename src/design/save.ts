import { stringify } from 'yaml';
import { DESIGN_FORMAT, type Design } from './schema.ts';

/** Writes a design in the current format, keys in a stable order so diffs stay small. */
export function designToYaml(design: Design): string {
  return stringify(normalise(design), { lineWidth: 0 });
}

export function designToJson(design: Design): string {
  return `${JSON.stringify(normalise(design), null, 2)}\n`;
}

function normalise(design: Design): Design {
  return {
    format: DESIGN_FORMAT,
    ...(design.name !== undefined ? { name: design.name } : {}),
    ...(design.description !== undefined ? { description: design.description } : {}),
    nodes: design.nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      ...(node.label !== undefined ? { label: node.label } : {}),
      ...(node.config && Object.keys(node.config).length > 0 ? { config: node.config } : {}),
      ...(node.position ? { position: node.position } : {}),
    })),
    edges: design.edges.map((edge) => ({
      ...(edge.id !== undefined ? { id: edge.id } : {}),
      from: edge.from,
      to: edge.to,
      ...(edge.role !== undefined ? { role: edge.role } : {}),
      ...(edge.config && Object.keys(edge.config).length > 0 ? { config: edge.config } : {}),
    })),
  };
}
