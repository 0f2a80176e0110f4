import type { DesignContext } from '../../context.ts';
import type { DesignNode } from '../../../design/schema.ts';
import { text } from '../config-values.ts';

const DB_INSTANCE = 'AWS::RDS::DBInstance';

/** The source of a read replica (the node with a `replica` edge into it), if it is one. */
export function replicaSource(design: DesignContext, node: DesignNode): DesignNode | undefined {
  const edge = design.edgesTo(node.id, { kind: DB_INSTANCE, role: 'replica' })[0];
  return edge ? design.node(edge.from) : undefined;
}

/** The engine of an instance: its own, or for a replica without one, its source's. */
export function engineOf(design: DesignContext, node: DesignNode, seen = new Set<string>()): string | undefined {
  const own = text(design.config(node).Engine);
  if (own !== undefined) return own;
  seen.add(node.id);
  const source = replicaSource(design, node);
  return source && !seen.has(source.id) ? engineOf(design, source, seen) : undefined;
}

/** Read replicas a source may have: 15 for MySQL, MariaDB and PostgreSQL, 5 for Oracle and SQL Server, 3 for Db2. */
export function replicaLimit(engine: string | undefined): number {
  if (engine?.startsWith('oracle') || engine?.startsWith('sqlserver')) return 5;
  if (engine?.startsWith('db2')) return 3;
  return 15;
}
