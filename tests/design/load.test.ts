import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesignText, loadDesignValue } from '../../src/design/load.ts';
import { registerMigrationForTest } from '../../src/design/migrate.ts';
import { designToJson, designToYaml } from '../../src/design/save.ts';

const example = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'examples', 'orders-pipeline.yaml'), 'utf8');

describe('loading designs', () => {
  it('reads the example design from YAML', () => {
    const result = loadDesignText(example);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.nodes.map((node) => node.id)).toEqual(['web', 'orders', 'orders-dlq', 'fulfil']);
      expect(result.value.edges[2]).toMatchObject({ role: 'dead-letter', config: { maxReceiveCount: 5 } });
    }
  });

  it('round-trips through YAML and JSON unchanged', () => {
    const first = loadDesignText(example);
    if (!first.ok) throw new Error('example must load');
    for (const text of [designToYaml(first.value), designToJson(first.value)]) {
      const again = loadDesignText(text);
      expect(again.ok && again.value).toEqual(first.value);
    }
  });

  it('names every bad field by path and line', () => {
    const text = [
      'format: cloudwright.design/1',
      'nodes:',
      '  - id: Web',
      '    kind: Actor::Client',
      '  - id: q',
      '    kind: AWS::SQS::Queue',
      '    config: { VisibilityTimeout: "long" }',
      'edges:',
      '  - { from: q, to: nowhere }',
    ].join('\n');
    const result = loadDesignText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((problem) => `${problem.path}@${problem.line}`);
    expect(paths).toContain('nodes[0].id@3');
  });

  it('reports config types and dangling edges once the structure is valid', () => {
    const result = loadDesignValue({
      format: 'cloudwright.design/1',
      nodes: [{ id: 'q', kind: 'AWS::SQS::Queue', config: { VisibilityTimeout: 'long' } }],
      edges: [{ from: 'q', to: 'nowhere' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path).sort()).toEqual(['edges[0].to', 'nodes[0].config.VisibilityTimeout']);
  });

  it('refuses duplicate ids', () => {
    const result = loadDesignValue({
      format: 'cloudwright.design/1',
      nodes: [
        { id: 'q', kind: 'AWS::SQS::Queue' },
        { id: 'q', kind: 'AWS::SQS::Queue' },
      ],
    });
    expect(result.ok).toBe(false);
  });

  it('refuses an unknown format and a missing one with a clear message', () => {
    const unknown = loadDesignValue({ format: 'cloudwright.design/9', nodes: [] });
    expect(!unknown.ok && unknown.problems[0]?.message).toMatch(/unknown format/);
    const missing = loadDesignValue({ nodes: [] });
    expect(!missing.ok && missing.problems[0]?.message).toMatch(/missing "format"/);
  });

  it('upgrades older formats through the migration chain', () => {
    const remove = registerMigrationForTest('cloudwright.design/0', 'cloudwright.design/1', ({ components, ...doc }) => ({
      ...doc,
      nodes: components as unknown[],
    }));
    try {
      const upgraded = loadDesignValue({ format: 'cloudwright.design/0', components: [{ id: 'q', kind: 'AWS::SQS::Queue' }] });
      expect(upgraded.ok && upgraded.value.nodes).toEqual([{ id: 'q', kind: 'AWS::SQS::Queue' }]);
    } finally {
      remove();
    }
    const unsupported = loadDesignValue({ format: 'cloudwright.design/0', components: [] });
    expect(unsupported.ok).toBe(false);
  });
});

describe('hostile input', () => {
  it('refuses __proto__ keys', () => {
    const result = loadDesignText('format: cloudwright.design/1\nnodes: []\n__proto__: { polluted: true }\n');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses alias bombs', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i += 1) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    const result = loadDesignText(bomb.join('\n'));
    expect(result.ok).toBe(false);
  });

  it('refuses deep nesting', () => {
    const result = loadDesignText(`${'['.repeat(200)}${']'.repeat(200)}`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toMatch(/nested too deeply/);
  });

  it('refuses huge files', () => {
    const result = loadDesignText(' '.repeat(6 * 1024 * 1024));
    expect(!result.ok && result.problems[0]?.message).toMatch(/too large/);
  });
});
