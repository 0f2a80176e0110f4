import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadDesignValue } from '../../src/design/load.ts';
import type { Design } from '../../src/design/schema.ts';
import { DESIGN_FORMAT } from '../../src/design/schema.ts';

export const FIXTURES_DIR = join(import.meta.dirname, 'fixtures');

const FixtureDesign = z.object({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()).optional() }).loose();

const Expected = z.strictObject({
  nodes: z.array(z.string()),
  edges: z.array(z.string()).default([]),
  property: z.string().optional(),
});

/** One file per rule: designs where the rule must stay silent, and designs where it must fire. */
export const RuleFixture = z.strictObject({
  rule: z.string(),
  valid: z.array(z.strictObject({ name: z.string(), design: FixtureDesign })).min(1),
  invalid: z
    .array(z.strictObject({ name: z.string(), design: FixtureDesign, expect: z.array(Expected).min(1) }))
    .min(1),
});
export type RuleFixture = z.infer<typeof RuleFixture>;

export interface LoadedFixture {
  file: string;
  fixture: RuleFixture;
}

export function loadFixtures(): LoadedFixture[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml')) files.push(path);
    }
  };
  walk(FIXTURES_DIR);
  return files.sort().map((file) => {
    const parsed = RuleFixture.safeParse(parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${relative(FIXTURES_DIR, file)}: ${parsed.error.message}`);
    return { file: relative(FIXTURES_DIR, file), fixture: parsed.data };
  });
}

/** Fixture designs may leave out `format`; they must otherwise be valid designs. */
export function fixtureDesign(design: unknown, where: string): Design {
  const loaded = loadDesignValue({ format: DESIGN_FORMAT, edges: [], ...(design as object) });
  if (!loaded.ok) throw new Error(`${where}: not a valid design: ${loaded.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  return loaded.value;
}
