import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.ts';
import { runCli, tempFileWriter } from './run-cli.ts';

const file = tempFileWriter('cloudwright-cli-');

const good = file(
  'good.yaml',
  `format: cloudwright.design/1
nodes:
  - { id: web, kind: Actor::Client }
  - { id: q, kind: AWS::SQS::Queue }
edges:
  - { from: web, to: q }
`,
);
const refused = file(
  'refused.json',
  JSON.stringify({
    format: 'cloudwright.design/1',
    nodes: [
      { id: 'q', kind: 'AWS::SQS::Queue' },
      { id: 'fn', kind: 'AWS::Lambda::Function' },
    ],
    edges: [{ id: 'backwards', from: 'fn', to: 'q', role: 'replica' }],
  }),
);
const broken = file('broken.yaml', 'format: cloudwright.design/1\nnodes:\n  - { id: Bad Id, kind: AWS::SQS::Queue }\n');

describe('cloudwright check', () => {
  it('exits 0 on a design without error findings', async () => {
    const { code, stdout } = await runCli(['check', good]);
    expect(code).toBe(0);
    expect(stdout).toContain('0 error(s)');
  });

  it('exits 1 and prints the documented JSON shape when a rule finds an error', async () => {
    const { code, stdout } = await runCli(['check', refused, '--json']);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.ok).toBe(false);
    const finding = result.findings.find((f: { rule: string }) => f.rule === 'design/connection-not-offered');
    expect(finding).toMatchObject({ severity: 'error', nodes: ['fn', 'q'], edges: ['backwards'] });
    for (const key of ['message', 'why', 'fix']) expect(typeof finding[key]).toBe('string');
    expect(finding.source).toEqual({ section: expect.any(String), quote: expect.any(String) });
  });

  it('exits 2 naming the bad field and its line on an invalid design', async () => {
    const { code, stderr } = await runCli(['check', broken]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/broken\.yaml:3:\d+ nodes\[0\]\.id/);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it('exits 2 on a missing file and on missing arguments', async () => {
    expect((await runCli(['check', join(tmpdir(), 'cloudwright-no-such-folder', 'missing.yaml')])).code).toBe(2);
    expect((await runCli(['check'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });
});

describe('cloudwright rules', () => {
  it('--json lists every rule with its citation and fact ids', async () => {
    const { code, stdout } = await runCli(['rules', '--json']);
    expect(code).toBe(0);
    const rules = JSON.parse(stdout);
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    for (const rule of rules) {
      expect(rule.source.section.length).toBeGreaterThan(0);
      expect(Array.isArray(rule.facts)).toBe(true);
    }
  });

  it('--markdown prints the catalog', async () => {
    const { stdout } = await runCli(['rules', '--markdown']);
    expect(stdout).toContain('# Rule catalog');
    expect(stdout).toContain('`design/connection-not-offered`');
  });
});
