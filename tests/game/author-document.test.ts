import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type Design, lintPack, loadPackFromTexts, runPackTests, testPackFiles } from '../../src/bridge.ts';
import { DEFAULT_FACTS_FILE, DEFAULT_NOTES_FILE, readFactIds, readNotes } from '../../src/scenario/node/read-pack.ts';
import { checkPack } from '../../src/ui/author/pack-check.ts';
import { ScenarioV1 } from '../../src/scenario/versions/v1.ts';
import { type AuthorWork, emptyWork } from '../../src/ui/author/author-work.ts';
import { zipPack } from '../../src/ui/author/pack-zip.ts';
import { fieldValue, newRequirement, REQUIREMENT_KINDS, requirementKind } from '../../src/ui/author/requirement-fields.ts';
import { packFiles, scenarioDocument } from '../../src/ui/author/scenario-document.ts';

const queueToFunction: Design = {
  format: 'cloudwright.design/1',
  nodes: [
    { id: 'web', kind: 'Actor::Client', position: { x: 80, y: 200 } },
    { id: 'orders', kind: 'AWS::SQS::Queue', config: { VisibilityTimeout: 60 }, position: { x: 320, y: 200 } },
    { id: 'work', kind: 'AWS::Lambda::Function', config: { Timeout: 10 }, position: { x: 560, y: 200 } },
  ],
  edges: [
    { from: 'web', to: 'orders' },
    { from: 'orders', to: 'work', config: { BatchSize: 1 } },
  ],
};

const clientToFunction: Design = {
  format: 'cloudwright.design/1',
  nodes: [
    { id: 'web', kind: 'Actor::Client', position: { x: 80, y: 200 } },
    { id: 'work', kind: 'AWS::Lambda::Function', config: { Timeout: 10 }, position: { x: 560, y: 200 } },
  ],
  edges: [{ from: 'web', to: 'work' }],
};

/** A small level as an instructor fills it in: a client, a queue, a function, and a uses-kind requirement. */
function smallLevel(): AuthorWork {
  const work = emptyWork();
  const usesQueue = { ...newRequirement('uses-kind', 0), id: 'uses-queue', label: 'A queue buffers the orders', kind: 'AWS::SQS::Queue' };
  return {
    ...work,
    pack: { id: 'queue-pack', title: 'Queues', author: 'Ms Example' },
    id: 'buffer-orders',
    title: 'Buffer the orders',
    chapter: 'messaging',
    difficulty: 2,
    brief: 'Orders arrive faster than the function can take them: buffer them.',
    objectives: [{ text: 'Put a queue between producer and consumer', section: 'SQS', facts: 'sqs.dlq, sqs.delay.queue' }],
    palette: ['Actor::Client', 'AWS::SQS::Queue', 'AWS::Lambda::Function'],
    traffic: { ...work.traffic, ratePerSecond: 2, durationSeconds: 10 },
    requirements: [usesQueue],
    hints: ['Which service holds messages until a consumer is ready?', '  '],
    pass: [{ name: 'a queue in between', design: queueToFunction }],
    fail: [{ name: 'no queue', design: clientToFunction, failsWith: 'uses-queue' }],
  };
}

describe('author mode: the scenario document', () => {
  it('is a scenario the schema accepts, with facts split and empty hints left out', () => {
    const parsed = ScenarioV1.safeParse(scenarioDocument(smallLevel()));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data!.objectives[0]!.facts).toEqual(['sqs.dlq', 'sqs.delay.queue']);
    expect(parsed.data!.hints).toEqual(['Which service holds messages until a consumer is ready?']);
    expect(parsed.data!.simulation.traffic[0]!.ratePerSecond).toBe(2);
  });

  it('is refused by the schema with the field path when a form is incomplete', () => {
    const work = { ...smallLevel(), requirements: [{ ...newRequirement('uses-kind', 0), label: '' }] };
    const parsed = ScenarioV1.safeParse(scenarioDocument(work));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path.join('.'))).toContain('requirements.0.label');
  });

  it('makes a pack the pack loader accepts and whose tests pass (one must-pass, one must-fail)', async () => {
    const files = packFiles(smallLevel());
    expect(Object.keys(files).sort()).toEqual(['buffer-orders.yaml', 'buffer-orders/fail-no-queue.yaml', 'buffer-orders/pass-a-queue-in-between.yaml', 'pack.yaml']);
    const loaded = loadPackFromTexts(files);
    expect(loaded.ok, JSON.stringify(!loaded.ok && loaded.problems)).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.id).toBe('queue-pack');
    // What `cloudwright pack lint` adds, with the fact-check table and the notes as the command line reads them.
    expect(lintPack(loaded.value, { knownFactIds: readFactIds(DEFAULT_FACTS_FILE), notesText: readNotes(DEFAULT_NOTES_FILE) })).toEqual([]);
    expect(checkPack(smallLevel()).ok).toBe(true);
    const results = await runPackTests(loaded.value);
    expect(results.map((result) => [result.name, result.expect, result.ok])).toEqual([
      ['a queue in between', 'pass', true],
      ['no queue', 'fail', true],
    ]);
  });

  it('is not sound, as pack lint says, until it has a must-pass and a must-fail design and names a real reason', () => {
    const paths = (work: AuthorWork) => {
      const check = checkPack(work);
      return check.ok ? [] : check.problems.map((problem) => `${problem.file} ${problem.path}`);
    };
    expect(paths({ ...smallLevel(), pass: [], fail: [] })).toEqual(['buffer-orders.yaml tests.pass', 'buffer-orders.yaml tests.fail']);
    const work = smallLevel();
    work.fail[0]!.failsWith = 'no-such-thing';
    expect(paths(work)).toEqual(['buffer-orders.yaml tests.fail[0].failsWith']);
    expect(paths({ ...smallLevel(), id: 'Bad Id' })).toContain('Bad Id.yaml id');
  });

  it('makes a failing pack test when the must-fail design names the wrong reason', async () => {
    const work = smallLevel();
    work.fail[0]!.failsWith = 'something-else';
    const loaded = loadPackFromTexts(packFiles(work));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const [, failCase] = await runPackTests(loaded.value);
    expect(failCase!.ok).toBe(false);
    expect(failCase!.reason).toMatch(/uses-queue/);
  });

  it('is tested from its files as the worker does, and a pack that does not load says where', async () => {
    const results = await testPackFiles(packFiles(smallLevel()));
    expect(results.map((result) => `${result.ok ? 'PASS' : 'FAIL'} ${result.name}: ${result.reason}`)).toEqual([
      'PASS a queue in between: passed with 1 star(s)',
      expect.stringMatching(/^PASS no queue: failed for uses-queue: /),
    ]);
    const files = packFiles(smallLevel());
    await expect(testPackFiles({ ...files, 'pack.yaml': files['pack.yaml']!.replace('author: Ms Example', 'author: ""') })).rejects.toThrow(/the pack does not load: pack\.yaml:4:9 author: /);
  });

  it('zips the pack under its folder, and the unzipped files load the same', () => {
    const files = packFiles(smallLevel());
    const unzipped = unzipSync(zipPack('queue-pack', files));
    const texts = Object.fromEntries(Object.entries(unzipped).map(([path, bytes]) => [path.replace(/^queue-pack\//, ''), strFromU8(bytes)]));
    expect(texts).toEqual(files);
  });
});

describe('author mode: requirement forms from the schema', () => {
  it('lists every requirement kind with its own fields and defaults', () => {
    expect(REQUIREMENT_KINDS.map((kind) => kind.type)).toContain('latency');
    const usesKind = requirementKind('uses-kind')!;
    expect(usesKind.fields.map((field) => field.name)).toEqual(['why', 'fix', 'kind', 'atLeast']);
    expect(usesKind.fields.find((field) => field.name === 'atLeast')).toMatchObject({ required: false, defaultValue: 1, input: { input: 'number' } });
    const latency = requirementKind('latency')!;
    expect(latency.fields.find((field) => field.name === 'percentile')!.input).toEqual({ input: 'choice', options: ['p50', 'p95', 'p99', 'max'] });
    expect(requirementKind('http-errors')!.fields.find((field) => field.name === 'status')!.input).toEqual({ input: 'choice', options: [503, 504] });
    expect(requirementKind('path-exists')!.fields.find((field) => field.name === 'from')!.input).toEqual({ input: 'selector' });
    expect(newRequirement('latency', 2)).toMatchObject({ id: 'latency-3', type: 'latency', percentile: 'p95' });
  });

  it('turns typed text into the stored values', () => {
    const property = requirementKind('property')!;
    const field = (name: string) => property.fields.find((candidate) => candidate.name === name)!;
    expect(fieldValue(field('atLeast'), '600')).toBe(600);
    expect(fieldValue(field('equals'), 'true')).toBe(true);
    expect(fieldValue(field('oneOf'), 'a, 2')).toEqual(['a', 2]);
    expect(fieldValue(field('atMost'), '  ')).toBeUndefined();
    const from = requirementKind('path-exists')!.fields.find((candidate) => candidate.name === 'from')!;
    expect(fieldValue(from, 'orders', 'node')).toEqual({ node: 'orders' });
    expect(fieldValue(http(), '504')).toBe(504);
  });
});

function http() {
  return requirementKind('http-errors')!.fields.find((field) => field.name === 'status')!;
}
