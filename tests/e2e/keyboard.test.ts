import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserReady, useBrowser } from './fixture.ts';
import { waitForCanvas } from './player.ts';

const browser = useBrowser();
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** Counts real pointer and mouse input, to prove a test used none. */
async function countPointerInput(page: Page): Promise<void> {
  await page.evaluate(() => {
    const counter = window as unknown as { pointerInput: number };
    counter.pointerInput = 0;
    for (const type of ['mousedown', 'pointerdown', 'click', 'wheel']) {
      window.addEventListener(type, (event) => {
        // Enter and Space on a button fire a click with no pointer: only clicks from a pointer count.
        if (event.isTrusted && !(event instanceof MouseEvent && event.type === 'click' && event.detail === 0)) counter.pointerInput += 1;
      }, true);
    }
  });
}

async function press(page: Page, selector: string, key = 'Enter'): Promise<void> {
  await page.locator(selector).first().focus();
  await page.keyboard.press(key);
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

const design = (page: Page) => page.evaluate(() => window.cloudwright.design()!);

/** Serious and critical accessibility violations on the page as it is now. */
async function audit(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => node.target.join(' ')) }));
  });
}

describe.skipIf(!browserReady)('keyboard and screen readers', () => {
  it('solves fifo-orders with the keyboard alone', async () => {
    const { page, errors } = await browser.open('?scenario=fifo-orders');
    await waitForCanvas(page);
    await countPointerInput(page);
    await press(page, '[data-action="start"]');

    // Enter on a palette item places the component in the middle of the canvas, and says so.
    await press(page, '.palette-item[data-kind="AWS::SQS::Queue"]');
    await expect(page.locator('[data-testid="announcer"]').textContent()).resolves.toMatch(/Added SQS queue “sqs-queue”/);
    await page.keyboard.press('Enter');
    await press(page, '.palette-item[data-kind="AWS::Lambda::Function"]');
    const ids = (await design(page)).nodes.map((node) => node.id);
    expect(ids).toEqual(['web', 'mobile', 'partner', 'sqs-queue', 'sqs-queue-2', 'lambda-function']);

    // The skip link leads to the canvas's components; Tab walks them and selects each on the canvas.
    await press(page, '[data-action="skip-to-canvas"]');
    const outline = page.locator('[data-testid="canvas-outline"]');
    await expect(outline.isVisible()).resolves.toBe(true);
    // It starts at the selected component (the one just added).
    const focusedNode = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.nodeId);
    expect(await focusedNode()).toBe('lambda-function');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedNode()).toBe('sqs-queue-2');
    expect(await page.evaluate(() => document.querySelector('[data-node-id="sqs-queue-2"]')?.getAttribute('aria-pressed'))).toBe('true');

    // Arrow keys move the focused component off the pile in the middle.
    const moveBy = async (id: string, key: string, times: number) => {
      await page.locator(`[data-node-id="${id}"]`).focus();
      for (let step = 0; step < times; step++) await page.keyboard.press(key);
    };
    const before = (await design(page)).nodes.find((node) => node.id === 'lambda-function')!.position!;
    await moveBy('lambda-function', 'Shift+ArrowRight', 3);
    await moveBy('sqs-queue-2', 'Shift+ArrowDown', 3);
    const after = (await design(page)).nodes.find((node) => node.id === 'lambda-function')!.position!;
    expect(after.x).toBeGreaterThan(before.x);
    expect(after.y).toBe(before.y);

    // C on a component, then the target from the list: a connection, checked like a drawn one.
    const connect = async (from: string, to: string) => {
      await page.locator(`[data-node-id="${from}"]`).focus();
      await page.keyboard.press('c');
      await page.locator('[data-testid="connect-dialog"]').waitFor();
      await press(page, `[data-connect-to="${to}"]`);
    };
    for (const client of ['web', 'mobile', 'partner']) await connect(client, 'sqs-queue');
    await connect('sqs-queue', 'lambda-function');
    await connect('sqs-queue', 'sqs-queue-2');
    // A queue into a queue can only be a dead-letter queue: AWS offers one relation, so no choice is asked.
    expect((await design(page)).edges.map((edge) => [edge.from, edge.to, edge.role])).toEqual([
      ['web', 'sqs-queue', undefined],
      ['mobile', 'sqs-queue', undefined],
      ['partner', 'sqs-queue', undefined],
      ['sqs-queue', 'lambda-function', undefined],
      ['sqs-queue', 'sqs-queue-2', 'dead-letter'],
    ]);

    // Enter opens the inspector with the focus in it; Space ticks a checkbox.
    await press(page, '[data-node-id="sqs-queue"]');
    expect(await page.evaluate(() => document.activeElement?.closest('.inspector') !== null)).toBe(true);
    await press(page, '.inspector [data-field="FifoQueue"] input', 'Space');
    await press(page, '.inspector [data-field="ContentBasedDeduplication"] input', 'Space');
    await press(page, '[data-node-id="sqs-queue-2"]');
    await press(page, '.inspector [data-field="FifoQueue"] input', 'Space');
    for (const client of ['web', 'mobile', 'partner']) {
      await press(page, `[data-edge-key="${client}->sqs-queue"]`);
      await typeInto(page, '.inspector [data-field="messageGroupId"] input', 'customerId');
    }
    await press(page, '[data-edge-key="sqs-queue->lambda-function"]');
    await typeInto(page, '.inspector [data-field="BatchSize"] input', '1');

    await press(page, '[data-action="validate"]');
    const verdict = page.locator('[data-testid="verdict"]');
    await verdict.waitFor({ timeout: 60_000 });
    await expect(verdict.getAttribute('data-passed')).resolves.toBe('true');
    // The outcome is announced to screen readers.
    await page.waitForFunction(() => /level solved/.test(document.querySelector('[data-testid="announcer"]')?.textContent ?? ''));
    expect(await page.evaluate(() => (window as unknown as { pointerInput: number }).pointerInput)).toBe(0);
    browser.assertNoErrors(errors);
  });

  it('a refused connection from the keyboard says why, and the focus comes back', async () => {
    const { page, errors } = await browser.open('?mode=sandbox');
    await waitForCanvas(page);
    // The first Tab stop leads past the toolbar and palette to the canvas.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.action)).toBe('skip-to-canvas');
    await press(page, '.palette-item[data-kind="AWS::Lambda::Function"]');
    await press(page, '.palette-item[data-kind="Actor::Client"]');
    await page.locator('[data-node-id="lambda-function"]').focus();
    await page.keyboard.press('c');
    await press(page, '[data-connect-to="client"]');
    await page.locator('[data-testid="refusal"]').waitFor();
    expect((await design(page)).edges).toEqual([]);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.nodeId)).toBe('lambda-function');
    // Delete removes the focused component.
    await page.keyboard.press('Delete');
    expect((await design(page)).nodes.map((node) => node.id)).toEqual(['client']);
    browser.assertNoErrors(errors);
  });

  it('no serious or critical accessibility violations on the start screen, a level and the sandbox', async () => {
    const { page, errors } = await browser.open('');
    await page.locator('.start-screen').waitFor();
    expect(await audit(page)).toEqual([]);
    await page.goto(`${page.url().split('?')[0]}?scenario=fifo-orders`);
    await waitForCanvas(page);
    expect(await audit(page)).toEqual([]);
    await page.goto(`${page.url().split('?')[0]}?mode=sandbox`);
    await waitForCanvas(page);
    await page.evaluate(() =>
      window.cloudwright.loadDesign({
        format: 'cloudwright.design/1',
        nodes: [
          { id: 'orders', kind: 'AWS::SQS::Queue' },
          { id: 'fulfil', kind: 'AWS::Lambda::Function' },
        ],
        edges: [{ from: 'orders', to: 'fulfil' }],
      }),
    );
    expect(await audit(page)).toEqual([]);
    // The traffic panel with a run's charts, and the share dialog.
    await page.click('.tab[data-tab="traffic"]');
    await page.click('[data-action="simulate"]');
    await page.locator('[data-testid="sim-results"] [data-chart="backlog"]').waitFor();
    expect(await audit(page)).toEqual([]);
    await page.click('[data-action="share"]');
    await page.locator('[data-testid="share"]').waitFor();
    expect(await audit(page)).toEqual([]);
    browser.assertNoErrors(errors);
  });

  it('no serious or critical violations in a validated level with its replay timeline', async () => {
    const { page, errors } = await browser.open('?scenario=fifo-orders');
    await waitForCanvas(page);
    await page.evaluate(() => {
      const start = window.cloudwright.design()!;
      window.cloudwright.loadDesign({ ...start, nodes: [...start.nodes, { id: 'orders', kind: 'AWS::SQS::Queue' }, { id: 'fulfil', kind: 'AWS::Lambda::Function' }], edges: [{ from: 'web', to: 'orders' }, { from: 'orders', to: 'fulfil' }] });
    });
    await page.click('[data-action="validate"]');
    await page.locator('[data-testid="verdict"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="replay-timeline"]').waitFor();
    expect(await audit(page)).toEqual([]);
    browser.assertNoErrors(errors);
  });
});
