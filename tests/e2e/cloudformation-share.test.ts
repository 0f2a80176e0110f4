import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browser.ts';
import { browserReady, useBrowser } from './fixture.ts';
import { waitForCanvas } from './player.ts';

const browser = useBrowser();
const FIXTURES = join(ROOT, 'tests', 'iac', 'fixtures');

const orders = {
  format: 'cloudwright.design/1',
  name: 'Orders pipeline',
  nodes: [
    { id: 'web', kind: 'Actor::Client', position: { x: 80, y: 200 } },
    { id: 'orders', kind: 'AWS::SQS::Queue', config: { FifoQueue: true, ContentBasedDeduplication: true, VisibilityTimeout: 60 }, position: { x: 320, y: 200 } },
    { id: 'fulfil', kind: 'AWS::Lambda::Function', config: { Timeout: 30 }, position: { x: 560, y: 200 } },
  ],
  edges: [
    { from: 'web', to: 'orders', config: { messageGroupId: 'customerId' } },
    { from: 'orders', to: 'fulfil', config: { BatchSize: 1 } },
  ],
};

async function openWith(query: string, design: unknown): Promise<{ page: Page; errors: string[] }> {
  const opened = await browser.open(query);
  await waitForCanvas(opened.page);
  const loaded = await opened.page.evaluate((doc) => window.cloudwright.loadDesign(doc), design);
  expect(loaded.ok).toBe(true);
  return opened;
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe.skipIf(!browserReady)('CloudFormation in the game', () => {
  it('exports the design as a CloudFormation or a SAM template', async () => {
    const { page, errors } = await openWith('?mode=sandbox', orders);
    await page.click('[data-action="export-cloudformation"]');
    const dialog = page.locator('[data-testid="template-export"]');
    await dialog.waitFor();
    const cfn = await downloadText(page, () => dialog.locator('[data-action="download-template"]').click());
    expect(cfn.name).toBe('orders-pipeline.template.yaml');
    const template = cfn.bytes.toString('utf8');
    expect(template).toMatch(/^ {2}Orders:\n {4}Type: AWS::SQS::Queue\n/m);
    expect(template).toMatch(/FifoQueue: true/);
    expect(template).toMatch(/^ {2}Fulfil:\n {4}Type: AWS::Lambda::Function\n/m);
    expect(template).toMatch(/Type: AWS::Lambda::EventSourceMapping/);
    expect(template).not.toMatch(/AWS::Serverless::Function/);

    await dialog.locator('[data-format="sam"]').check();
    const sam = await downloadText(page, () => dialog.locator('[data-action="download-template"]').click());
    expect(sam.name).toBe('orders-pipeline.sam.yaml');
    expect(sam.bytes.toString('utf8')).toMatch(/Transform: AWS::Serverless-2016-10-31/);
    expect(sam.bytes.toString('utf8')).toMatch(/^ {2}Fulfil:\n {4}Type: AWS::Serverless::Function\n/m);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    browser.assertNoErrors(errors);
  });

  it('opens a SAM template in the sandbox: its resources become the canvas, and the rules check them', async () => {
    const { page, errors } = await browser.open('?mode=sandbox');
    await waitForCanvas(page);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-action="import-template"]')]);
    await chooser.setFiles(join(FIXTURES, 'sqs-lambda.sam.yaml'));
    await page.locator('[data-testid="template-opened"]').waitFor();
    const design = await page.evaluate(() => window.cloudwright.design()!);
    expect(design.nodes.map((node) => [node.id, node.kind])).toEqual([
      ['orders-queue', 'AWS::SQS::Queue'],
      ['orders-dead-letter-queue', 'AWS::SQS::Queue'],
      ['process-order-function', 'AWS::Lambda::Function'],
    ]);
    expect(design.edges).toContainEqual({ from: 'orders-queue', to: 'orders-dead-letter-queue', role: 'dead-letter', config: { maxReceiveCount: 5 } });

    // A template with a mistake the rules catch: its findings appear beside the canvas.
    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-action="import-template"]')]);
    await again.setFiles(join(FIXTURES, 'sqs-lambda.json'));
    await page.waitForFunction(() => window.cloudwright.design()?.nodes.some((node) => node.id === 'jobs-queue'));
    const live = page.locator('[data-testid="live-findings"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="live-findings"] .finding-error') !== null);
    await expect(live.locator('.finding-error').first().textContent()).resolves.toMatch(/jobs-queue/);
    // Undo brings back the template opened before.
    await page.click('[data-action="undo"]');
    expect(await page.evaluate(() => window.cloudwright.design()!.nodes.map((node) => node.id))).toEqual(design.nodes.map((node) => node.id));
    browser.assertNoErrors(errors);
  });

  it('a broken template is refused with the path and line of the problem, and nothing changes', async () => {
    const { page, errors } = await openWith('?mode=sandbox', orders);
    const before = await page.evaluate(() => window.cloudwright.design());
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-action="import-template"]')]);
    await chooser.setFiles(join(FIXTURES, 'bad', 'dangling-ref.yaml'));
    const problems = page.locator('[data-testid="problems"]');
    await problems.waitFor();
    await expect(problems.textContent()).resolves.toMatch(/7:21 Resources\.Worker\.Properties\.Role\.Fn::GetAtt: refers to "MissingRole"/);
    expect(await page.evaluate(() => window.cloudwright.design())).toEqual(before);
    browser.assertNoErrors(errors);
  });

  it('a level offers no template to open (its palette is fixed), but exports one', async () => {
    const { page, errors } = await browser.open('?scenario=fifo-orders');
    await waitForCanvas(page);
    await expect(page.locator('[data-action="import-template"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-action="export-cloudformation"]').count()).resolves.toBe(1);
    browser.assertNoErrors(errors);
  });
});

describe.skipIf(!browserReady)('sharing', () => {
  it('a share link opens the same design in a new page', async () => {
    const { page, errors } = await openWith('?mode=sandbox', orders);
    const sent = await page.evaluate(() => window.cloudwright.design());
    await page.click('[data-action="share"]');
    const url = await page.locator('[data-testid="share-url"]').inputValue();
    expect(url).toMatch(/\?mode=sandbox#design=[A-Za-z0-9+\-$]+$/);

    const other = await browser.open(url.slice(url.indexOf('?')));
    await waitForCanvas(other.page);
    await other.page.locator('[data-testid="shared-opened"]').waitFor();
    expect(await other.page.evaluate(() => window.cloudwright.design())).toEqual(sent);
    // The link is used once: the address loses its fragment, so a reload keeps the player's edits.
    expect(new URL(other.page.url()).hash).toBe('');
    browser.assertNoErrors(errors);
    browser.assertNoErrors(other.errors);
  });

  it('a link from a level opens that level with the design', async () => {
    const { page, errors } = await openWith('?scenario=fifo-orders', orders);
    await page.click('[data-action="share"]');
    const url = await page.locator('[data-testid="share-url"]').inputValue();
    expect(url).toMatch(/\?scenario=fifo-orders#design=/);
    const other = await browser.open(url.slice(url.indexOf('?')));
    await waitForCanvas(other.page);
    await other.page.locator('[data-testid="shared-opened"]').waitFor();
    expect(await other.page.evaluate(() => document.title)).toMatch(/FIFO/);
    expect(await other.page.evaluate(() => window.cloudwright.design()?.nodes.map((node) => node.id))).toEqual(['web', 'orders', 'fulfil']);
    browser.assertNoErrors(errors);
    browser.assertNoErrors(other.errors);
  });

  it('a damaged link is reported, and the sandbox opens with its own design', async () => {
    const { page, errors } = await browser.open('?mode=sandbox#design=N4Igdg9gJgpgziAXCA');
    await waitForCanvas(page);
    const problems = page.locator('[data-testid="problems"]');
    await problems.waitFor();
    await expect(problems.textContent()).resolves.toMatch(/link.*damaged/);
    expect(await page.evaluate(() => window.cloudwright.design()?.nodes.length)).toBe(0);
    browser.assertNoErrors(errors);
  });

  it('exports the canvas as a PNG picture', async () => {
    const { page, errors } = await openWith('?mode=sandbox', orders);
    const png = await downloadText(page, () => page.click('[data-action="export-png"]'));
    expect(png.name).toBe('orders-pipeline.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The picture is the canvas, not an empty image: width and height from the PNG header.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(300);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(300);
    browser.assertNoErrors(errors);
  });
});
