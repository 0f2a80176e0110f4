/**
 * Screenshots of the main screens at 1280×720, to check by eye that the game looks finished
 * (no overlapping text, nothing cut off): `npx tsx tests/e2e/screenshots.ts [OUT_DIR]`.
 * Uses the production build in dist/ (run `npm run build` first) and Chromium.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { CHROMIUM, chromiumAvailable, freePort, launchBrowser, openPage, ROOT, startPreview } from './browser.ts';
import { clickNode, connect, dragFromPalette, waitForCanvas } from './player.ts';

const out = resolve(process.argv[2] ?? join(ROOT, 'test-results', 'screenshots'));
const scenarioDesign = (name: string): unknown => parse(readFileSync(join(ROOT, 'scenarios', 'fifo-orders', name), 'utf8'));

async function main(): Promise<void> {
  if (!chromiumAvailable()) {
    console.log(`screenshots skipped: no Chromium at ${CHROMIUM}`);
    return;
  }
  mkdirSync(out, { recursive: true });
  const port = await freePort();
  const server = await startPreview(port);
  const browser = await launchBrowser();
  const shot = (page: Page, name: string) => page.screenshot({ path: join(out, `${name}.png`) });
  try {
    const base = `http://127.0.0.1:${port}/`;
    const { page, errors } = await openPage(browser, base);
    await page.waitForSelector('.start-screen');
    await shot(page, '01-start');
    await page.click('[data-action="campaign"]');
    await page.waitForSelector('.level-card');
    await shot(page, '02-campaign');
    await page.click('[data-scenario="fifo-orders"]');
    await waitForCanvas(page);
    await page.click('[data-action="hint"]');
    await shot(page, '03-level-brief');
    await page.evaluate((design) => window.cloudwright.loadDesign(design), scenarioDesign('fail-standard-queue.yaml'));
    await page.click('[data-action="validate"]');
    await page.waitForSelector('[data-testid="verdict"]', { timeout: 60_000 });
    await shot(page, '04-results-failed');
    const failed = page.locator('.requirement.failed').first();
    await failed.click();
    await failed.locator('summary').click();
    await failed.locator('[data-action="replay"]').click();
    await page.waitForTimeout(1000);
    await shot(page, '05-requirement-replay');
    await page.evaluate((design) => window.cloudwright.loadDesign(design), scenarioDesign('pass-batch-of-one.yaml'));
    await page.click('[data-action="validate"]');
    await page.waitForSelector('[data-testid="debrief"]', { timeout: 60_000 });
    await shot(page, '06-debrief');
    await page.click('text=Keep building');
    await clickNode(page, 'orders');
    await shot(page, '07-inspector');
    await page.goto(`${base}?mode=sandbox`);
    await waitForCanvas(page);
    const fn = await dragFromPalette(page, 'AWS::Lambda::Function', { x: 380, y: 250 });
    const queue = await dragFromPalette(page, 'AWS::SQS::Queue', { x: 700, y: 250 });
    await connect(page, fn, queue);
    await shot(page, '08-role-choice');
    await page.click('[data-role="dead-letter"]');
    await connect(page, queue, fn);
    const client = await dragFromPalette(page, 'Actor::Client', { x: 380, y: 480 });
    await connect(page, fn, client);
    await page.click('[data-tab="results"]');
    await shot(page, '09-sandbox-findings-and-refusal');
    console.log(`screenshots in ${out}${errors.length > 0 ? `\nconsole errors:\n${errors.join('\n')}` : ''}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
