import type { Design, DesignNode, EdgeRole } from '../../bridge.ts';
import { addNode, connect, moveNodes, removeParts, setEdgeConfig, setEdgeRole, setNodeConfig, setNodeLabel } from './design-ops.ts';
import type { Point } from './geometry.ts';

/**
 * Every undoable edit is one registered action (Excalidraw-style): the toolbar, the shortcuts,
 * the inspector and the tests all go through the same perform, so undo covers them all.
 */
export interface ActionPayloads {
  addNode: { node: DesignNode };
  moveNodes: { ids: string[]; delta: Point };
  removeParts: { nodes: string[]; edges: string[] };
  connect: { from: string; to: string; role?: EdgeRole };
  setNodeConfig: { id: string; key: string; value: unknown };
  setNodeLabel: { id: string; label?: string };
  setEdgeConfig: { edge: string; key: string; value: unknown };
  setEdgeRole: { edge: string; role?: EdgeRole };
  replaceDesign: { design: Design };
}

export type ActionName = keyof ActionPayloads;

export interface Action<N extends ActionName> {
  name: N;
  /** What undo and redo say they undo ("Undo add SQS queue"). */
  label: (payload: ActionPayloads[N]) => string;
  perform: (design: Design, payload: ActionPayloads[N]) => Design;
}

type Registry = { [N in ActionName]: Action<N> };

export const ACTIONS: Registry = {
  addNode: { name: 'addNode', label: ({ node }) => `add ${node.id}`, perform: (design, { node }) => addNode(design, node) },
  moveNodes: {
    name: 'moveNodes',
    label: ({ ids }) => (ids.length === 1 ? `move ${ids[0]}` : `move ${ids.length} components`),
    perform: (design, { ids, delta }) => moveNodes(design, ids, delta),
  },
  removeParts: {
    name: 'removeParts',
    label: ({ nodes, edges }) => `delete ${nodes.length + edges.length === 1 ? (nodes[0] ?? edges[0]) : `${nodes.length + edges.length} items`}`,
    perform: (design, { nodes, edges }) => removeParts(design, nodes, edges),
  },
  connect: { name: 'connect', label: ({ from, to }) => `connect ${from} → ${to}`, perform: (design, { from, to, role }) => connect(design, from, to, role) },
  setNodeConfig: {
    name: 'setNodeConfig',
    label: ({ id, key }) => `set ${id}.${key}`,
    perform: (design, { id, key, value }) => setNodeConfig(design, id, key, value),
  },
  setNodeLabel: { name: 'setNodeLabel', label: ({ id }) => `rename ${id}`, perform: (design, { id, label }) => setNodeLabel(design, id, label) },
  setEdgeConfig: {
    name: 'setEdgeConfig',
    label: ({ edge, key }) => `set ${edge}.${key}`,
    perform: (design, { edge, key, value }) => setEdgeConfig(design, edge, key, value),
  },
  setEdgeRole: { name: 'setEdgeRole', label: ({ edge }) => `change role of ${edge}`, perform: (design, { edge, role }) => setEdgeRole(design, edge, role) },
  replaceDesign: { name: 'replaceDesign', label: () => 'load design', perform: (_design, { design }) => design },
};
