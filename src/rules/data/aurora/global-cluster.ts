import type { DesignContext } from '../../context.ts';
import type { DesignNode } from '../../../design/schema.ts';

const DB_CLUSTER = 'AWS::RDS::DBCluster';

/** The primary cluster that replicates to this one (an Aurora global database secondary). */
export function globalPrimaryOf(design: DesignContext, cluster: DesignNode): DesignNode | undefined {
  const edge = design.edgesTo(cluster.id, { kind: DB_CLUSTER, role: 'replica' })[0];
  return edge ? design.node(edge.from) : undefined;
}
