import type { DesignEdge } from '../../../design/schema.ts';
import { stringSetting } from '../../core/config.ts';
import type { SimWorld } from '../../core/world.ts';

export const DB_INSTANCE = 'AWS::RDS::DBInstance';
export const DB_CLUSTER = 'AWS::RDS::DBCluster';

/** An application's connection to a database: which node, which endpoint, for what. */
export interface Connection {
  node: string;
  endpoint: string;
  operation: 'read' | 'write' | 'read-write';
}

/**
 * The connections an application holds to RDS and Aurora (its edges' `operation` and `endpoint`):
 * reads take a connection made for reads (a replica or reader endpoint) before a read-write one;
 * writes take a connection that writes.
 */
export function connectionsOf(world: SimWorld, appId: string): Connection[] {
  return world.design
    .edgesFrom(appId, { role: 'none' })
    .filter((edge: DesignEdge) => {
      const kind = world.design.kindOf(edge.to);
      return kind === DB_INSTANCE || kind === DB_CLUSTER;
    })
    .map((edge) => {
      const config = world.edgeConfig(edge);
      const kind = world.design.kindOf(edge.to);
      const operation = stringSetting(config, 'operation', 'read-write');
      return {
        node: edge.to,
        endpoint: stringSetting(config, 'endpoint', kind === DB_CLUSTER ? 'writer' : 'primary'),
        operation: operation === 'read' || operation === 'write' ? operation : 'read-write',
      };
    });
}

export function connectionFor(connections: readonly Connection[], write: boolean): Connection | undefined {
  if (write) return connections.find((c) => c.operation === 'write') ?? connections.find((c) => c.operation === 'read-write');
  return connections.find((c) => c.operation === 'read') ?? connections.find((c) => c.operation === 'read-write');
}
