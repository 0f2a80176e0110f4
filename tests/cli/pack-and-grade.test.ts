import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { goodPackFiles } from '../scenario/pack-fixtures.ts';
import { scenarioDocument } from '../scenario/helpers.ts';
import { cli } from './capture.ts';

const SCENARIOS = join(import.meta.dirname, '..', '..', 'scenarios');
const temp = mkdtempSync(join(tmpdir(), 'cloudwright-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function writePack(name: string, files: Record<string, string>): string {
  const dir = join(temp, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('cloudwright pack lint', () => {
  it('exits 0 for the built-in campaign', async () => {
    const { code, out } = await cli('pack', 'lint', SCENARIOS);
    expect(code).toBe(0);
    expect(out).toMatch(/pack "cloudwright-campaign" is sound/);
  });

  it('exits 1 naming the file and path of an unknown palette kind', async () => {
    const files = goodPackFiles();
    files['first.yaml'] = stringify(scenarioDocument({ id: 'first', palette: ['AWS::SQS::Queue', 'AWS::Nope::Nope'] }));
    const { code, out } = await cli('pack', 'lint', writePack('bad-palette', files));
    expect(code).toBe(1);
    expect(out).toMatch(/bad-palette\/first\.yaml palette\[1\]: "AWS::Nope::Nope" is not a kind in the catalog/);
  });

  it('exits 1 with the file and line of bad YAML, and when pack.yaml is missing', async () => {
    const broken = await cli('pack', 'lint', writePack('bad-yaml', { ...goodPackFiles(), 'second.yaml': 'format: [\n' }));
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/bad-yaml\/second\.yaml:\d+:\d+ not valid YAML or JSON/);
    const { 'pack.yaml': _gone, ...rest } = goodPackFiles();
    const missing = await cli('pack', 'lint', writePack('no-pack-file', rest));
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/no-pack-file\/pack\.yaml missing pack\.yaml/);
  });

  it('exits 2 for a folder that does not exist, and for bad arguments', async () => {
    expect((await cli('pack', 'lint', join(temp, 'nowhere'))).code).toBe(2);
    expect((await cli('pack', 'frobnicate', SCENARIOS)).code).toBe(2);
  });
});

describe('cloudwright pack test', () => {
  it('prints PASS per case and exits 0 when every case behaves', async () => {
    const { code, out } = await cli('pack', 'test', writePack('good', goodPackFiles()));
    expect(code).toBe(0);
    expect(out).toMatch(/^PASS first \/ queue \(must pass\): passed with 1 star\(s\)$/m);
    expect(out).toMatch(/^PASS second \/ empty \(must fail with has-queue\): failed for has-queue/m);
    expect(out).toMatch(/4 passed, 0 failed/);
  });

  it('prints FAIL and exits 1 when a must-fail design passes', async () => {
    const files = goodPackFiles();
    files['second/empty.yaml'] = 'format: cloudwright.design/1\nnodes: [{ id: q, kind: AWS::SQS::Queue }]\n';
    const { code, out } = await cli('pack', 'test', writePack('must-fail-passes', files));
    expect(code).toBe(1);
    expect(out).toMatch(/^FAIL second \/ empty \(must fail with has-queue\): must fail for has-queue, but passed$/m);
  });
});

describe('cloudwright grade', () => {
  const designs = join(temp, 'submissions');
  mkdirSync(join(designs, 'group-b'), { recursive: true });
  writeFileSync(join(designs, 'alice.yaml'), 'format: cloudwright.design/1\nnodes: [{ id: q, kind: AWS::SQS::Queue }]\n');
  writeFileSync(join(designs, 'group-b', 'bob.json'), JSON.stringify({ format: 'cloudwright.design/1', nodes: [] }));
  writeFileSync(join(designs, 'group-b', 'carol.yaml'), 'format: cloudwright.design/1\nnodes: [{ id: Carol }]\n');
  writeFileSync(join(designs, 'notes.txt'), 'not a design');
  const level = join(temp, 'level.yaml');
  writeFileSync(level, stringify(scenarioDocument()));

  it('grades files and folders recursively, one CSV row each, and exits 0', async () => {
    const { code, out } = await cli('grade', '--scenario', level, designs, join(temp, 'missing.yaml'));
    expect(code).toBe(0);
    const rows = out.trim().split('\n');
    expect(rows[0]).toBe('file,passed,stars,failed,error');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toBe(`${join(designs, 'alice.yaml')},true,1,,`);
    expect(rows[2]).toBe(`${join(designs, 'group-b', 'bob.json')},false,0,has-queue,`);
    expect(rows[3]).toMatch(/carol\.yaml,false,0,,.*nodes\[0\]/);
    expect(rows[4]).toMatch(/missing\.yaml,false,0,,.*no such file/);
  });

  it('prints JSON rows with --format json', async () => {
    const { code, out } = await cli('grade', '--scenario', level, '--format', 'json', join(designs, 'alice.yaml'));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([{ file: join(designs, 'alice.yaml'), passed: true, stars: 1, failed: [] }]);
  });

  it('grades against a built-in scenario by id', async () => {
    const { code, out } = await cli('grade', '--scenario', 'fifo-orders', '--format', 'json', join(SCENARIOS, 'fifo-orders', 'fail-synchronous-call.yaml'));
    expect(code).toBe(0);
    const [row] = JSON.parse(out);
    expect(row).toMatchObject({ passed: false, stars: 0 });
    expect(row.failed).toContain('decoupled');
  });

  it('exits 2 without a scenario or without paths', async () => {
    expect((await cli('grade', designs)).code).toBe(2);
    expect((await cli('grade', '--scenario', level)).code).toBe(2);
    expect((await cli('grade', '--scenario', level, '--format', 'xml', designs)).code).toBe(2);
  });
});
