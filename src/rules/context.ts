import { edgeKey, type Design, type DesignEdge, type DesignNode } from '../design/schema.ts';
import { resolveEdgeConfig, resolveNodeConfig, type ResolvedConfig } from '../design/resolve.ts';

/**
 * A design indexed once for the rules: lookups by id, kind and neighbour are constant time,
 * so running every rule stays linear in the size of the design.
 */
export class DesignContext {
  readonly nodes: readonly DesignNode[];
  readonly edges: readonly DesignEdge[];
  private readonly byId = new Map<string, DesignNode>();
  private readonly byKind = new Map<string, DesignNode[]>();
  private readonly outgoing = new Map<string, DesignEdge[]>();
  private readonly incoming = new Map<string, DesignEdge[]>();
  private readonly nodeConfigs = new Map<string, ResolvedConfig>();
  private readonly edgeConfigs = new Map<DesignEdge, ResolvedConfig>();

  constructor(readonly design: Design) {
    this.nodes = design.nodes;
    this.edges = design.edges;
    for (const node of design.nodes) {
      this.byId.set(node.id, node);
      const list = this.byKind.get(node.kind);
      if (list) list.push(node);
      else this.byKind.set(node.kind, [node]);
    }
    for (const edge of design.edges) {
      push(this.outgoing, edge.from, edge);
      push(this.incoming, edge.to, edge);
    }
  }

  node(id: string): DesignNode | undefined {
    return this.byId.get(id);
  }

  kindOf(id: string): string | undefined {
    return this.byId.get(id)?.kind;
  }

  nodesOfKind(kind: string): readonly DesignNode[] {
    return this.byKind.get(kind) ?? [];
  }

  /** Edges leaving a node, optionally only those into a kind and/or with a role. */
  edgesFrom(id: string, filter: EdgeFilter = {}): DesignEdge[] {
    return this.filter(this.outgoing.get(id) ?? [], filter, 'to');
  }

  /** Edges arriving at a node, optionally only those from a kind and/or with a role. */
  edgesTo(id: string, filter: EdgeFilter = {}): DesignEdge[] {
    return this.filter(this.incoming.get(id) ?? [], filter, 'from');
  }

  /** The node's config with AWS defaults for everything left out. */
  config(node: DesignNode): ResolvedConfig {
    let config = this.nodeConfigs.get(node.id);
    if (!config) {
      config = resolveNodeConfig(node);
      this.nodeConfigs.set(node.id, config);
    }
    return config;
  }

  /** The edge's config with the defaults of its connection. */
  edgeConfig(edge: DesignEdge): ResolvedConfig {
    let config = this.edgeConfigs.get(edge);
    if (!config) {
      config = resolveEdgeConfig(edge, this.kindOf(edge.from) ?? '', this.kindOf(edge.to) ?? '');
      this.edgeConfigs.set(edge, config);
    }
    return config;
  }

  edgeKey(edge: DesignEdge): string {
    return edgeKey(edge);
  }

  private filter(edges: DesignEdge[], filter: EdgeFilter, end: 'from' | 'to'): DesignEdge[] {
    if (filter.kind === undefined && filter.role === undefined) return edges;
    const kinds = typeof filter.kind === 'string' ? [filter.kind] : filter.kind;
    return edges.filter(
      (edge) =>
        (kinds === undefined || kinds.includes(this.kindOf(edge[end]) ?? '')) &&
        (filter.role === undefined || edge.role === (filter.role === 'none' ? undefined : filter.role)),
    );
  }
}

export interface EdgeFilter {
  kind?: string | readonly string[];
  /** A role, or 'none' for edges without one. */
  role?: DesignEdge['role'] | 'none';
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
