import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browser.ts';
import { browserReady, useBrowser } from './fixture.ts';
import { clickNode, connect, dragFromPalette, screenPosition, waitForCanvas } from './player.ts';

const browser = useBrowser();

/** Clicks the middle of the edge between two nodes (edges run straight between the cards' centres). */
async function clickEdge(page: Page, from: string, to: string): Promise<void> {
  const a = await screenPosition(page, from);
  const b = await screenPosition(page, to);
  await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
}

async function setText(page: Page, field: string, value: string): Promise<void> {
  const input = page.locator(`.inspector [data-field="${field}"] input`);
  await input.fill(value);
  await input.press('Enter');
}

describe.skipIf(!browserReady)('playing a level in the browser', () => {
  it('a player solves fifo-orders with the mouse and the level is recorded as solved', async () => {
    const { page, errors } = await browser.open('?scenario=fifo-orders');
    await waitForCanvas(page);
    await expect(page.locator('.brief-title').textContent()).resolves.toBe('Decouple orders with FIFO ordering');
    await page.click('[data-action="start"]');

    // Make room to the right of the storefronts by panning the canvas.
    const web = await screenPosition(page, 'web');
    await page.mouse.move(web.x + 200, web.y);
    await page.mouse.down();
    await page.mouse.move(web.x + 100, web.y, { steps: 5 });
    await page.mouse.move(web.x - 10, web.y, { steps: 5 });
    await page.mouse.up();
    const mobile = await screenPosition(page, 'mobile');
    const partner = await screenPosition(page, 'partner');
    expect(mobile.x).toBeLessThan(web.x - 150);

    const queue = await dragFromPalette(page, 'AWS::SQS::Queue', { x: mobile.x + 240, y: mobile.y });
    const dlq = await dragFromPalette(page, 'AWS::SQS::Queue', { x: mobile.x + 240, y: partner.y + 120 });
    const fulfil = await dragFromPalette(page, 'AWS::Lambda::Function', { x: mobile.x + 480, y: mobile.y });
    for (const client of ['web', 'mobile', 'partner']) await connect(page, client, queue);
    await connect(page, queue, fulfil);
    await connect(page, queue, dlq);
    const edges = await page.evaluate(() => window.cloudwright.design()!.edges);
    expect(edges).toEqual([
      { from: 'web', to: queue },
      { from: 'mobile', to: queue },
      { from: 'partner', to: queue },
      { from: queue, to: fulfil },
      { from: queue, to: dlq, role: 'dead-letter' },
    ]);

    // Both queues FIFO; the orders queue deduplicates by content.
    await clickNode(page, queue);
    await page.locator('.inspector [data-field="FifoQueue"] input').check();
    await page.locator('.inspector [data-field="ContentBasedDeduplication"] input').check();
    await clickNode(page, dlq);
    await page.locator('.inspector [data-field="FifoQueue"] input').check();
    // One message group per customer on every edge into the queue; one order per batch.
    for (const client of ['web', 'mobile', 'partner']) {
      await clickEdge(page, client, queue);
      await expect(page.locator('[data-testid="inspector-title"]').textContent()).resolves.toBe(`${client} → ${queue}`);
      await setText(page, 'messageGroupId', 'customerId');
    }
    await clickEdge(page, queue, fulfil);
    await setText(page, 'BatchSize', '1');

    const design = await page.evaluate(() => window.cloudwright.design()!);
    expect(design.nodes.find((node) => node.id === queue)?.config).toEqual({ FifoQueue: true, ContentBasedDeduplication: true });
    expect(design.edges.filter((edge) => edge.config?.messageGroupId === 'customerId')).toHaveLength(3);

    await page.click('[data-action="validate"]');
    const verdict = page.locator('[data-testid="verdict"]');
    await verdict.waitFor({ timeout: 60_000 });
    await expect(verdict.getAttribute('data-passed')).resolves.toBe('true');
    await page.locator('[data-testid="debrief"]').waitFor();
    const stars = Number(await page.locator('.debrief-stars').getAttribute('data-stars'));
    expect(stars).toBeGreaterThanOrEqual(1);

    await page.click('text=All levels');
    const card = page.locator('[data-scenario="fifo-orders"]');
    await card.waitFor();
    await expect(card.getAttribute('data-stars')).resolves.toBe(String(stars));
    // Progress survives a reload.
    await page.reload();
    await page.locator('[data-scenario="fifo-orders"]').waitFor();
    await expect(page.locator('[data-scenario="fifo-orders"]').getAttribute('data-stars')).resolves.toBe(String(stars));
    browser.assertNoErrors(errors);
  });

  it('a wrong design fails with the requirement it breaks, and clicking it highlights the parts', async () => {
    const { page, errors } = await browser.open('?scenario=fifo-orders');
    await waitForCanvas(page);
    const wrong = parse(readFileSync(join(ROOT, 'scenarios/fifo-orders/fail-standard-queue.yaml'), 'utf8'));
    const loaded = await page.evaluate((design) => window.cloudwright.loadDesign(design).ok, wrong);
    expect(loaded).toBe(true);
    await page.click('[data-action="validate"]');
    await page.locator('[data-testid="validation-progress"]').waitFor({ state: 'detached', timeout: 60_000 });
    const verdict = page.locator('[data-testid="verdict"]');
    await expect(verdict.getAttribute('data-passed')).resolves.toBe('false');
    const failed = page.locator('.requirement[data-requirement="in-order"]');
    await expect(failed.getAttribute('data-passed')).resolves.toBe('false');
    await expect(failed.textContent()).resolves.toMatch(/Why:.*Fix:/s);
    await failed.click();
    const highlighted = await page.evaluate(() => window.cloudwright.highlighted());
    expect(highlighted?.nodes.length).toBeGreaterThan(0);
    // The trace of what happened replays on the canvas, one node at a time.
    await failed.locator('summary').click();
    const first = await failed.locator('.trace-entry').first().getAttribute('data-node');
    await failed.locator('[data-action="replay"]').click();
    await failed.locator('.trace-entry.current').first().waitFor();
    expect((await page.evaluate(() => window.cloudwright.highlighted()))?.nodes).toEqual([first]);
    await expect(page.locator('[data-testid="debrief"]').count()).resolves.toBe(0);
    browser.assertNoErrors(errors);
  });
});
