import type { z } from 'zod';
import type { EdgeRole } from '../design/schema.ts';

export const CATEGORIES = [
  'Actors',
  'Compute',
  'Containers',
  'Application integration',
  'Analytics and streaming',
  'Storage',
  'Databases',
  'Networking and content delivery',
  'Security and identity',
  'Management and monitoring',
  'Deployment and developer tools',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where a piece of knowledge comes from in the study notes. */
export interface NotesSource {
  /** A section heading of the notes, e.g. "SQS". */
  section: string;
  /** The sentence of the notes, quoted. */
  quote: string;
}

/**
 * An edge the target kind accepts. Edges point the way data or calls flow: `from` sends to,
 * calls, triggers or reads from the kind that declares the acceptance.
 */
export interface Acceptance {
  from: readonly string[];
  /** The role the edge must carry; undefined means an edge without a role. */
  role?: EdgeRole;
  /** What the edge means, read as "<from> <verb> <to>", e.g. "sends messages to". */
  verb: string;
  /** Schema of the edge's config (camelCase game settings, PascalCase CloudFormation properties). */
  config?: z.ZodObject;
}

export interface ComponentDefinition {
  /** CloudFormation resource type, or Actor::* for what lives outside AWS. */
  kind: string;
  label: string;
  category: Category;
  /** Key into assets/icons/manifest.json. */
  icon: string;
  /** One sentence for the palette and inspector. */
  summary: string;
  /** The notes section this kind is taught in. */
  section: string;
  /**
   * CloudFormation properties (PascalCase, CloudFormation's meaning and units) and game settings
   * (camelCase), with AWS's defaults. Types only: limits are rules, so breaking one is explained.
   */
  config: z.ZodObject;
  /** Edges into this kind that AWS offers. */
  accepts: readonly Acceptance[];
}
