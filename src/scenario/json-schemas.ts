import { z } from 'zod';
import { Design } from '../design/schema.ts';
import { PackSchema, ScenarioSchema } from './schema.ts';

/** docs/schemas/<file>.json, by path from the repository root: JSON Schemas of the public file formats, generated from their Zod schemas. */
export function jsonSchemaDocuments(): Record<string, string> {
  const documents: Record<string, [z.ZodType, string, string]> = {
    'design.schema.json': [Design, 'Cloudwright design', 'A design a player builds: components (CloudFormation resource types) and the edges between them.'],
    'scenario.schema.json': [ScenarioSchema, 'Cloudwright scenario', 'A level: the brief, palette, traffic and faults, requirements, bonus goals, hints and test designs.'],
    'pack.schema.json': [PackSchema, 'Cloudwright pack', 'pack.yaml: a pack of scenarios in chapters.'],
  };
  const out: Record<string, string> = {};
  for (const [file, [schema, title, description]] of Object.entries(documents)) {
    // Input shape: what an author writes, so fields with defaults are optional.
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'ref' });
    out[`docs/schemas/${file}`] = `${JSON.stringify({ ...json, $id: `https://cloudwright.dev/schemas/${file}`, title, description }, null, 2)}\n`;
  }
  return out;
}
