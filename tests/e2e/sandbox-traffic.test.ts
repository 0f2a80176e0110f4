import { describe, expect, it } from 'vitest';
import { browserReady, useBrowser } from './fixture.ts';
import { waitForCanvas } from './player.ts';

const browser = useBrowser();

const pipeline = {
  format: 'cloudwright.design/1',
  nodes: [
    { id: 'web', kind: 'Actor::Client' },
    { id: 'orders', kind: 'AWS::SQS::Queue', config: { VisibilityTimeout: 30 } },
    { id: 'fulfil', kind: 'AWS::Lambda::Function', config: { Timeout: 5 } },
    { id: 'orders-dlq', kind: 'AWS::SQS::Queue' },
  ],
  edges: [
    { from: 'web', to: 'orders' },
    { from: 'orders', to: 'fulfil' },
    { from: 'orders', to: 'orders-dlq', role: 'dead-letter', config: { maxReceiveCount: 3 } },
  ],
};

describe.skipIf(!browserReady)('sandbox traffic', () => {
  it('runs the design under chosen traffic and faults, and charts what happened', async () => {
    const { page, errors } = await browser.open('?mode=sandbox');
    await waitForCanvas(page);
    await page.evaluate((design) => window.cloudwright.loadDesign(design), pipeline);
    await page.click('.tab[data-tab="traffic"]');
    const panel = page.locator('[data-testid="traffic-panel"]');
    await panel.locator('[data-field="ratePerSecond"]').fill('10');
    await panel.locator('[data-field="durationSeconds"]').fill('20');
    await panel.locator('[data-fault="poison"]').check();
    await panel.locator('[data-field="poisonNumber"]').fill('42');
    await panel.locator('[data-action="simulate"]').click();
    const results = page.locator('[data-testid="sim-results"]');
    await results.locator('[data-metric="sent"]').waitFor();
    await expect(results.locator('[data-metric="sent"] dd').textContent()).resolves.toBe('200');
    await expect(results.locator('[data-metric="dead-lettered"] dd').textContent()).resolves.toBe('1');
    for (const chart of ['latency', 'throughput', 'throttles', 'backlog']) await expect(results.locator(`[data-chart="${chart}"] polyline`).count()).resolves.toBeGreaterThan(0);
    expect(Number(await results.locator('[data-chart="throughput"]').getAttribute('data-peak'))).toBeGreaterThan(0);

    // A burst raises what is sent; the node-failure fault offers the design's nodes.
    await panel.locator('[data-fault="burst"]').check();
    await panel.locator('[data-field="burstMultiplier"]').fill('3');
    await panel.locator('[data-field="burstAt"]').fill('5');
    await panel.locator('[data-field="burstFor"]').fill('5');
    await panel.locator('[data-action="simulate"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="sim-results"] [data-metric="sent"] dd')?.textContent === '300');
    const failing = await panel.locator('[data-field="failing-node"] option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(failing).toEqual(['orders', 'fulfil', 'orders-dlq']);
    browser.assertNoErrors(errors);
  });

  it('settings the engine refuses are shown with the field at fault, and nothing breaks', async () => {
    const { page, errors } = await browser.open('?mode=sandbox');
    await waitForCanvas(page);
    await page.evaluate((design) => window.cloudwright.loadDesign(design), pipeline);
    await page.click('.tab[data-tab="traffic"]');
    const panel = page.locator('[data-testid="traffic-panel"]');
    await panel.locator('[data-field="durationSeconds"]').fill('');
    await panel.locator('[data-field="ratePerSecond"]').evaluate((input) => {
      (input as HTMLInputElement).value = '0';
    });
    await panel.locator('[data-action="simulate"]').click();
    const problems = page.locator('[data-testid="sim-problems"]');
    await problems.waitFor();
    await expect(problems.textContent()).resolves.toMatch(/traffic\.0\.ratePerSecond/);
    browser.assertNoErrors(errors);
  });
});
