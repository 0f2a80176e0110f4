import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaDocuments } from '../../src/scenario/json-schemas.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('docs/schemas', () => {
  const generated = jsonSchemaDocuments();
  it.each(Object.keys(generated))('%s matches what `npm run docs` generates', (file) => {
    expect(readFileSync(join(ROOT, file), 'utf8'), `run npm run docs to regenerate ${file}`).toBe(generated[file]);
  });

  it('describes the formats authors write', () => {
    const scenario = JSON.parse(generated['docs/schemas/scenario.schema.json']!);
    expect(scenario.properties.format.const).toBe('cloudwright.scenario/1');
    expect(scenario.required).toEqual(expect.arrayContaining(['id', 'title', 'requirements', 'simulation']));
    const pack = JSON.parse(generated['docs/schemas/pack.schema.json']!);
    expect(pack.properties.format.const).toBe('cloudwright.pack/1');
    const design = JSON.parse(generated['docs/schemas/design.schema.json']!);
    expect(design.properties.format.const).toBe('cloudwright.design/1');
  });
});
