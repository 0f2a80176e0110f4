import { z } from 'zod';

/**
 * Design format version 1, frozen: a change that old files cannot satisfy needs a v2
 * and a migration from this one (see src/design/migrate.ts).
 */
export const DESIGN_FORMAT_V1 = 'cloudwright.design/1' as const;

export const NodeId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1–63 lowercase letters, digits or "-", starting with a letter or digit');

/** Config values are plain data: CloudFormation property values or game settings. */
export const ConfigValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(ConfigValue), z.record(z.string(), ConfigValue)]),
);
export const Config = z.record(z.string(), ConfigValue);

export const Position = z.object({ x: z.number().finite(), y: z.number().finite() });

/** Names the relation where one pair of kinds allows more than one. */
export const EdgeRole = z.enum([
  'dead-letter',
  'on-failure',
  'on-success',
  'execution-role',
  'task-role',
  'authorizer',
  'origin',
  'replica',
  'target',
]);

export const DesignNodeV1 = z.strictObject({
  id: NodeId,
  kind: z.string().regex(/^(AWS|Actor)::[A-Za-z0-9]+(::[A-Za-z0-9]+)?$/, 'must be a CloudFormation type such as AWS::SQS::Queue, or Actor::Client'),
  label: z.string().max(200).optional(),
  config: Config.optional(),
  position: Position.optional(),
});

export const DesignEdgeV1 = z.strictObject({
  id: NodeId.optional(),
  from: NodeId,
  to: NodeId,
  role: EdgeRole.optional(),
  config: Config.optional(),
});

export const DesignV1 = z.strictObject({
  format: z.literal(DESIGN_FORMAT_V1),
  name: z.string().max(200).optional(),
  description: z.string().max(5000).optional(),
  nodes: z.array(DesignNodeV1).max(5000),
  edges: z.array(DesignEdgeV1).max(20000).default([]),
});

export type DesignV1 = z.infer<typeof DesignV1>;
