import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../src/iac/import/parse-template.ts';
import { runCli, tempFileWriter } from '../cli/run-cli.ts';

const file = tempFileWriter('cloudwright-iac-');

const DESIGN = file(
  'design.yaml',
  `format: cloudwright.design/1
nodes:
  - { id: jobs, kind: AWS::SQS::Queue, config: { VisibilityTimeout: 10 }, position: { x: 40, y: 60 } }
  - { id: worker, kind: AWS::Lambda::Function, config: { Timeout: 30 } }
edges:
  - { from: jobs, to: worker, config: { BatchSize: 5 } }
`,
);
const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('cloudwright export', () => {
  it('prints a YAML template by default (exit 0)', async () => {
    const result = await runCli(['export', DESIGN]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('EventSourceArn: !GetAtt Jobs.Arn');
    const parsed = parseTemplate(result.stdout);
    expect(parsed.ok && Object.keys(parsed.parsed.template.Resources)).toContain('JobsToWorkerMapping');
  });

  it('--json prints JSON, --format sam a SAM template', async () => {
    const json = await runCli(['export', DESIGN, '--json']);
    expect(JSON.parse(json.stdout).Resources.Worker.Type).toBe('AWS::Lambda::Function');
    const sam = await runCli(['export', DESIGN, '--format', 'sam', '--json']);
    expect(JSON.parse(sam.stdout).Resources.Worker.Type).toBe('AWS::Serverless::Function');
  });

  it('exit 2 with a located message for a bad design, an unknown format or no file', async () => {
    const bad = await runCli(['export', file('bad.yaml', 'format: cloudwright.design/1\nnodes:\n  - { id: Q, kind: AWS::SQS::Queue }\n')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:3:\d+ nodes\[0\]\.id/);
    expect((await runCli(['export', DESIGN, '--format', 'terraform'])).code).toBe(2);
    expect((await runCli(['export', join(tmpdir(), 'cloudwright-no-such-folder', 'missing.yaml')])).stderr).toContain('no such file');
  });
});

describe('cloudwright import', () => {
  it('prints the design YAML; warnings go to stderr (exit 0)', async () => {
    const result = await runCli(['import', join(FIXTURES, 'sns-fanout.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^format: cloudwright.design\/1/);
    expect(result.stdout).toContain('id: order-events-topic');
    expect(result.stderr).toMatch(/warning: .*sns-fanout\.yaml:\d+:\d+ .*protocol email/);
  });

  it('--check runs the rules: exit 1 when they find an error, 0 when not', async () => {
    const failing = await runCli(['import', join(FIXTURES, 'sqs-lambda.json'), '--check']);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain('ERROR sqs/visibility-timeout-below-function-timeout');
    const passing = await runCli(['import', join(FIXTURES, 'sqs-lambda.sam.yaml'), '--check']);
    expect(passing.code).toBe(0);
  });

  it('round trip on the command line: export then import gives the design back', async () => {
    const exported = await runCli(['export', DESIGN]);
    const imported = await runCli(['import', file('exported.yaml', exported.stdout), '--json']);
    const design = JSON.parse(imported.stdout);
    expect(design.nodes.find((node: { id: string }) => node.id === 'jobs')).toEqual({
      id: 'jobs',
      kind: 'AWS::SQS::Queue',
      config: { VisibilityTimeout: 10 },
      position: { x: 40, y: 60 },
    });
    expect(design.edges).toEqual([{ from: 'jobs', to: 'worker', config: { BatchSize: 5 } }]);
  });

  it('exit 2 with file, line and path for a bad template', async () => {
    const result = await runCli(['import', join(FIXTURES, 'bad', 'dangling-ref.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/dangling-ref\.yaml:7:\d+ Resources\.Worker\.Properties\.Role/);
  });
});
