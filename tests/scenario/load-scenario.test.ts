import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadScenarioText, loadScenarioValue } from '../../src/scenario/load-scenario.ts';
import { registerScenarioMigrationForTest } from '../../src/scenario/migrate.ts';
import { scenarioDocument } from './helpers.ts';

describe('loading a scenario', () => {
  it('reads a valid scenario and resolves its inline designs', () => {
    const loaded = loadScenarioText(stringify(scenarioDocument()));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.tests.pass[0]!.design.design.nodes[0]!.id).toBe('q');
    expect(loaded.value.simulation.seed).toBe(7);
  });

  it('names every bad field by path and line', () => {
    const text = [
      'format: cloudwright.scenario/1',
      'id: Bad_Id',
      'title: T',
      'chapter: messaging',
      'difficulty: 9',
      'brief: B',
      'objectives: [{ text: t, section: SQS }]',
      'palette: [AWS::SQS::Queue]',
      'simulation: { traffic: [{ id: s, ratePerSecond: 1, durationSeconds: 1 }] }',
      'requirements:',
      '  - { id: r, label: L, type: uses-kind, kind: AWS::SQS::Queue }',
      '  - { id: r2, label: L, type: teleport }',
    ].join('\n');
    const loaded = loadScenarioText(text, { file: 'bad.yaml' });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const where = loaded.problems.map((p) => `${p.file}:${p.line} ${p.path}`);
    expect(where).toContain('bad.yaml:2 id');
    expect(where).toContain('bad.yaml:5 difficulty');
    expect(where).toContain('bad.yaml:12 requirements[1].type');
  });

  it('refuses duplicate requirement ids and property requirements with nothing to compare', () => {
    const loaded = loadScenarioValue(
      scenarioDocument({
        requirements: [
          { id: 'r', label: 'a', type: 'uses-kind', kind: 'AWS::SQS::Queue' },
          { id: 'r', label: 'b', type: 'property', kind: 'AWS::SQS::Queue', property: 'FifoQueue' },
        ],
      }),
    );
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'requirements[1].id: duplicate requirement id "r"',
      'requirements[1]: a property requirement needs one of equals, atLeast, atMost or oneOf',
    ]);
  });

  it('reads designs by path beside the scenario, and says which are missing or invalid', () => {
    const document = scenarioDocument({
      tests: {
        pass: [{ name: 'good', design: 'designs/good.yaml' }],
        fail: [
          { name: 'gone', design: 'designs/gone.yaml', failsWith: 'has-queue' },
          { name: 'broken', design: '../shared/broken.yaml', failsWith: 'has-queue' },
        ],
      },
    });
    const files = {
      'levels/designs/good.yaml': 'format: cloudwright.design/1\nnodes: [{ id: q, kind: AWS::SQS::Queue }]\n',
      'shared/broken.yaml': 'format: cloudwright.design/1\nnodes:\n  - { id: Q, kind: AWS::SQS::Queue }\n',
    };
    const loaded = loadScenarioText(stringify(document), { file: 'levels/level.yaml', files });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    const problems = loaded.problems.map((p) => `${p.file} ${p.path}${p.line ? `@${p.line}` : ''}: ${p.message}`);
    expect(problems.some((p) => p.startsWith('levels/level.yaml tests.fail[0].design') && p.includes('design file "designs/gone.yaml" not found'))).toBe(true);
    expect(problems.some((p) => p.startsWith('shared/broken.yaml nodes[0].id@3'))).toBe(true);
  });

  it('names the field inside an invalid inline design', () => {
    const loaded = loadScenarioValue(scenarioDocument({ start: { nodes: [{ id: 'q', kind: 'AWS::SQS::Queue', config: { VisibilityTimeout: 'long' } }] } }));
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems[0]!.path).toBe('start.nodes[0].config.VisibilityTimeout');
  });

  it('refuses an unknown or missing format with a clear message, and migrates older ones', () => {
    const unknown = loadScenarioValue(scenarioDocument({ format: 'cloudwright.scenario/9' }));
    expect(!unknown.ok && unknown.problems[0]!.message).toMatch(/unknown format "cloudwright.scenario\/9"/);
    const { format: _format, ...noFormat } = scenarioDocument();
    const missing = loadScenarioValue(noFormat);
    expect(!missing.ok && missing.problems[0]!.message).toMatch(/missing "format"/);
    const remove = registerScenarioMigrationForTest('cloudwright.scenario/0', 'cloudwright.scenario/1', ({ name, ...doc }) => ({ ...doc, title: name }));
    try {
      const { title: _title, ...old } = scenarioDocument({ format: 'cloudwright.scenario/0', name: 'Old title' });
      const migrated = loadScenarioValue(old);
      expect(migrated.ok && migrated.value.title).toBe('Old title');
    } finally {
      remove();
    }
  });
});
