import { z } from 'zod';
import { Config, DesignNodeV1, EdgeRole, NodeId, Position } from '../design/versions/v1.ts';

/** The template Metadata key where an export keeps what CloudFormation has no place for. */
export const METADATA_KEY = 'Cloudwright';

/** A node that became a resource: its design id, canvas layout and game settings. */
export const NodeMetadata = z.strictObject({
  logicalId: z.string(),
  label: z.string().optional(),
  position: Position.optional(),
  /** camelCase game settings: CloudFormation has no property for them. */
  settings: Config.optional(),
  /** Properties the export supplied (the design left them to AWS's defaults); an import leaves them out again. */
  filled: z.array(z.string()).optional(),
});

export const EdgeMetadata = z.strictObject({
  id: NodeId.optional(),
  from: NodeId,
  to: NodeId,
  role: EdgeRole.optional(),
  /** True when the template wires the edge (a mapping, subscription, policy...), so an import finds it there. */
  wired: z.boolean(),
  /** Edge settings CloudFormation has no property for; for an edge that is not wired, its whole config. */
  settings: Config.optional(),
  filled: z.array(z.string()).optional(),
});

export const CloudwrightMetadata = z.strictObject({
  format: z.string(),
  name: z.string().optional(),
  description: z.string().optional(),
  nodes: z.record(NodeId, NodeMetadata),
  /** Nodes outside AWS (Actor::*) are no resources; they live here. */
  actors: z.array(DesignNodeV1),
  edges: z.array(EdgeMetadata),
});

export type NodeMetadata = z.infer<typeof NodeMetadata>;
export type EdgeMetadata = z.infer<typeof EdgeMetadata>;
export type CloudwrightMetadata = z.infer<typeof CloudwrightMetadata>;
