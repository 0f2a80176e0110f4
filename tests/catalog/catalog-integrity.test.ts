import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allComponents, CATALOG, CATEGORIES } from '../../src/catalog/index.ts';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'icons', 'manifest.json'), 'utf8'));
const icons: Record<string, unknown> = manifest.icons ?? manifest;
const components = allComponents();

describe('every catalog kind', () => {
  it.each(components.map((definition) => [definition.kind, definition] as const))('%s is complete', (_kind, definition) => {
    // A node dropped with no config is valid and gets AWS's defaults.
    expect(definition.config.safeParse({}).success).toBe(true);
    expect(CATEGORIES).toContain(definition.category);
    expect(definition.summary.length).toBeGreaterThan(10);
    expect(icons[definition.icon], `icon "${definition.icon}" is in assets/icons/manifest.json`).toBeDefined();
    for (const acceptance of definition.accepts) {
      expect(acceptance.from.filter((from) => !CATALOG.has(from))).toEqual([]);
      if (acceptance.config) expect(acceptance.config.safeParse({}).success).toBe(true);
    }
  });

  it('kinds are unique', () => {
    expect(CATALOG.size).toBe(components.length);
  });

  it('no two acceptances of a kind overlap on the same source and role', () => {
    for (const definition of components) {
      const seen = new Set<string>();
      for (const acceptance of definition.accepts) {
        for (const from of acceptance.from) {
          const key = `${from} ${acceptance.role ?? ''}`;
          expect(seen.has(key), `${definition.kind} accepts ${key} twice`).toBe(false);
          seen.add(key);
        }
      }
    }
  });
});
