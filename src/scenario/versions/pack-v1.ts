import { z } from 'zod';

/** Pack format version 1, frozen like the scenario format. */
export const PACK_FORMAT_V1 = 'cloudwright.pack/1' as const;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1–63 lowercase letters, digits or "-"');

export const ChapterV1 = z.strictObject({
  id: Id,
  title: z.string().min(1).max(200),
  /** Scenario ids in play order; each is the id inside one scenario file of the pack. */
  scenarios: z.array(Id).min(1),
});

export const PackV1 = z.strictObject({
  format: z.literal(PACK_FORMAT_V1),
  id: Id,
  title: z.string().min(1).max(200),
  description: z.string().max(5000).default(''),
  author: z.string().min(1).max(200),
  chapters: z.array(ChapterV1).min(1),
});

export type PackV1 = z.infer<typeof PackV1>;
