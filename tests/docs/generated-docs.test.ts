import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../../src/docs/generated-docs.ts';
import { RULES } from '../../src/rules/index.ts';

const root = join(import.meta.dirname, '..', '..');

describe('generated docs are current (run `npm run docs` after changing rules or schemas)', () => {
  for (const [path, text] of Object.entries(generatedDocs())) {
    it(`${path} matches its generator`, () => {
      expect(existsSync(join(root, path)), `${path} is missing`).toBe(true);
      expect(readFileSync(join(root, path), 'utf8')).toBe(text);
    });
  }

  it('the rule catalog has an entry for every rule', () => {
    const catalog = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');
    const missing = RULES.filter((rule) => !catalog.includes(`\`${rule.id}\``)).map((rule) => rule.id);
    expect(missing).toEqual([]);
  });
});
