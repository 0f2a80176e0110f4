import { allComponents } from '../../src/catalog/index.ts';
import { DESIGN_FORMAT, type Design } from '../../src/design/schema.ts';

/**
 * A large design built from the catalog: nodes of every kind and edges only where AWS offers
 * them (plus some it doesn't, so the connection rules have work), chosen by a fixed LCG so the
 * benchmark measures the same design every time.
 */
export function largeDesign(nodeCount: number, edgeCount: number): Design {
  let state = 12345;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const kinds = allComponents();
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({ id: `n${i}`, kind: kinds[i % kinds.length]!.kind }));
  const edges: Design['edges'] = [];
  for (let i = 0; edges.length < edgeCount && i < edgeCount * 20; i += 1) {
    const to = nodes[next(nodeCount)]!;
    const accepts = kinds.find((k) => k.kind === to.kind)!.accepts;
    const acceptance = accepts.length > 0 && next(10) > 0 ? accepts[next(accepts.length)] : undefined;
    const fromCandidates = acceptance ? nodes.filter((n) => acceptance.from.includes(n.kind)) : nodes;
    const from = fromCandidates.length > 0 ? fromCandidates[next(fromCandidates.length)]! : nodes[next(nodeCount)]!;
    if (from.id === to.id) continue;
    edges.push({ id: `e${edges.length}`, from: from.id, to: to.id, ...(acceptance?.role ? { role: acceptance.role } : {}) });
  }
  return { format: DESIGN_FORMAT, nodes, edges };
}
