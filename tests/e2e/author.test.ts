import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadPackFromTexts, runPackTests } from '../../src/bridge.ts';
import { browserReady, useBrowser } from './fixture.ts';
import { connect, dragFromPalette, waitForCanvas } from './player.ts';

const browser = useBrowser();
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** Serious and critical accessibility violations on the page as it is now. */
async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

const queueToFunction = {
  format: 'cloudwright.design/1',
  nodes: [
    { id: 'web', kind: 'Actor::Client', position: { x: 120, y: 200 } },
    { id: 'orders', kind: 'AWS::SQS::Queue', config: { VisibilityTimeout: 60 }, position: { x: 340, y: 200 } },
    { id: 'work', kind: 'AWS::Lambda::Function', config: { Timeout: 10 }, position: { x: 560, y: 200 } },
  ],
  edges: [
    { from: 'web', to: 'orders' },
    { from: 'orders', to: 'work', config: { BatchSize: 1 } },
  ],
};

async function fill(page: Page, field: string, value: string): Promise<void> {
  await page.fill(`.author-screen [data-field="${field}"]`, value);
}

describe.skipIf(!browserReady)('author mode', () => {
  it('makes a scenario in forms and on the canvas, tests it like pack test, and downloads a pack that loads and passes', async () => {
    const { page, errors } = await browser.open('');
    await page.click('[data-action="author"]');
    await page.locator('[data-testid="author-screen"]').waitFor();
    expect(new URL(page.url()).searchParams.get('mode')).toBe('author');
    // A new scenario is not valid yet: the empty brief is named by its path.
    await page.locator('[data-testid="author-problems"] li[data-path="brief"]').waitFor();

    await fill(page, 'pack.id', 'queue-pack');
    await fill(page, 'pack.title', 'Queues');
    await fill(page, 'pack.author', 'Ms Example');
    await fill(page, 'id', 'buffer-orders');
    await fill(page, 'title', 'Buffer the orders');
    await fill(page, 'chapter', 'messaging');
    await fill(page, 'difficulty', '2');
    await fill(page, 'brief', 'Orders arrive faster than the function can take them: buffer them.');
    await fill(page, 'objectives.0.text', 'Put a queue between producer and consumer');
    await fill(page, 'objectives.0.section', 'SQS');
    await fill(page, 'objectives.0.facts', 'sqs.dlq');
    for (const kind of ['Actor::Client', 'AWS::SQS::Queue', 'AWS::Lambda::Function']) await page.check(`[data-palette-kind="${kind}"]`);
    await fill(page, 'ratePerSecond', '2');
    await fill(page, 'durationSeconds', '10');
    await page.selectOption('[data-field="requirements-kind"]', 'uses-kind');
    await page.click('[data-action="add-requirements"]');
    await fill(page, 'requirements.0.id', 'uses-queue');
    await fill(page, 'requirements.0.label', 'A queue buffers the orders');
    await fill(page, 'requirements.0.kind', 'AWS::SQS::Queue');
    await page.click('[data-action="add-hint"]');
    await fill(page, 'hints.0', 'Which service holds messages until a consumer is ready?');
    // The forms are complete; pack lint still wants the designs.
    await page.locator('[data-testid="author-problems"] li[data-path="tests.pass"]').waitFor();
    await expect(page.locator('[data-testid="author-problems"] li[data-path="brief"]').count()).resolves.toBe(0);
    await expect(audit(page)).resolves.toEqual([]);

    // The must-pass design, placed in the canvas editor.
    await page.click('[data-action="add-pass"]');
    await waitForCanvas(page);
    const placed = await page.evaluate((design) => window.cloudwright.loadDesign(design), queueToFunction);
    expect(placed.ok).toBe(true);
    await page.click('[data-action="author-back"]');
    await fill(page, 'pass.0.name', 'a queue in between');

    // The must-fail design, drawn with the mouse: the client calls the function directly.
    await page.click('[data-action="add-fail"]');
    await waitForCanvas(page);
    const client = await dragFromPalette(page, 'Actor::Client', { x: 500, y: 300 });
    const fn = await dragFromPalette(page, 'AWS::Lambda::Function', { x: 800, y: 300 });
    await connect(page, client, fn);
    await page.waitForFunction(() => window.cloudwright.design()?.edges.length === 1);
    await page.click('[data-action="author-back"]');
    await fill(page, 'fail.0.name', 'no queue');
    await expect(page.inputValue('[data-field="fail.0.failsWith"]')).resolves.toBe('uses-queue');

    await page.locator('[data-testid="author-problems"][data-valid="true"]').waitFor();
    await page.click('[data-action="test-pack"]');
    const results = page.locator('[data-testid="pack-test-results"] li');
    await results.nth(1).waitFor();
    await expect(results.allTextContents()).resolves.toEqual([expect.stringMatching(/^PASS a queue in between \(must pass\)/), expect.stringMatching(/^PASS no queue \(must fail with uses-queue\): failed for uses-queue/)]);

    // A reload loses nothing.
    await page.reload();
    await page.locator('[data-testid="author-screen"]').waitFor();
    await expect(page.inputValue('[data-field="requirements.0.kind"]')).resolves.toBe('AWS::SQS::Queue');
    await expect(page.locator('[data-case^="fail."]').count()).resolves.toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-pack"]')]);
    expect(download.suggestedFilename()).toBe('queue-pack.zip');
    const unzipped = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const files = Object.fromEntries(Object.entries(unzipped).map(([path, bytes]) => [path.replace(/^queue-pack\//, ''), strFromU8(bytes)]));
    expect(Object.keys(files).sort()).toEqual(['buffer-orders.yaml', 'buffer-orders/fail-no-queue.yaml', 'buffer-orders/pass-a-queue-in-between.yaml', 'pack.yaml']);
    const pack = loadPackFromTexts(files);
    if (!pack.ok) throw new Error(JSON.stringify(pack.problems));
    expect(pack.value.scenarios[0]!.hints).toEqual(['Which service holds messages until a consumer is ready?']);
    expect(pack.value.scenarios[0]!.simulation.traffic[0]).toMatchObject({ ratePerSecond: 2, durationSeconds: 10 });
    expect(pack.value.scenarios[0]!.requirements).toEqual([expect.objectContaining({ id: 'uses-queue', type: 'uses-kind', kind: 'AWS::SQS::Queue', atLeast: 1 })]);
    const tests = await runPackTests(pack.value);
    expect(tests.map((test) => [test.name, test.ok])).toEqual([
      ['a queue in between', true],
      ['no queue', true],
    ]);
    browser.assertNoErrors(errors);
  });
});
