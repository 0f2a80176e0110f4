import { describe, expect, it } from 'vitest';
import { browserReady, useBrowser } from './fixture.ts';
import { clickNode, connect, dragFromPalette, edgeCount, nodeIds, screenPosition, waitForCanvas } from './player.ts';

const browser = useBrowser();

describe.skipIf(!browserReady)('editing in the browser', () => {
  it('an invalid connection is refused on the spot with its reason', async () => {
    const { page, errors } = await browser.open('?mode=sandbox');
    await waitForCanvas(page);
    const fn = await dragFromPalette(page, 'AWS::Lambda::Function', { x: 400, y: 300 });
    const client = await dragFromPalette(page, 'Actor::Client', { x: 700, y: 300 });
    await connect(page, fn, client);
    const refusal = page.locator('[data-testid="refusal"]');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(/AWS offers no connection from a Lambda function to a Client.*Reverse the edge/s);
    expect(await edgeCount(page)).toBe(0);
    await connect(page, client, fn);
    expect(await edgeCount(page)).toBe(1);

    // Where AWS offers several relations, the player picks one.
    const queue = await dragFromPalette(page, 'AWS::SQS::Queue', { x: 550, y: 520 });
    await connect(page, fn, queue);
    const chooser = page.locator('[data-testid="role-chooser"]');
    await chooser.waitFor();
    await chooser.locator('[data-role="on-failure"]').click();
    await chooser.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.cloudwright.design()!.edges.at(-1))).toEqual({ from: fn, to: queue, role: 'on-failure' });
    browser.assertNoErrors(errors);
  });

  it('undo and redo every edit, from the keyboard and the toolbar', async () => {
    const { page, errors } = await browser.open('?mode=sandbox');
    await waitForCanvas(page);
    const queue = await dragFromPalette(page, 'AWS::SQS::Queue', { x: 400, y: 300 });
    const fn = await dragFromPalette(page, 'AWS::Lambda::Function', { x: 700, y: 300 });
    await connect(page, queue, fn);
    await page.mouse.click(600, 600);
    await page.keyboard.press('Control+z');
    expect(await edgeCount(page)).toBe(0);
    await page.keyboard.press('Control+z');
    expect(await nodeIds(page)).toEqual([queue]);
    await page.keyboard.press('Control+Shift+z');
    expect(await nodeIds(page)).toEqual([queue, fn]);
    await page.click('[data-action="redo"]');
    expect(await edgeCount(page)).toBe(1);
    // An edge is selected by clicking it, and deleted like anything else.
    const a = await screenPosition(page, queue);
    const b = await screenPosition(page, fn);
    await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
    await expect(page.locator('[data-testid="inspector-title"]').textContent()).resolves.toBe(`${queue} → ${fn}`);
    await page.keyboard.press('Delete');
    expect(await edgeCount(page)).toBe(0);
    await page.click('[data-action="undo"]');
    expect(await edgeCount(page)).toBe(1);
    await page.click('[data-action="undo"]');
    expect(await edgeCount(page)).toBe(0);

    // Delete and arrow keys are edits too.
    await clickNode(page, fn);
    const before = (await page.evaluate(() => window.cloudwright.design()!.nodes[1]!.position))!;
    await page.keyboard.press('ArrowRight');
    const after = (await page.evaluate(() => window.cloudwright.design()!.nodes[1]!.position))!;
    expect(after).toEqual({ x: before.x + 20, y: before.y });
    await page.keyboard.press('Delete');
    expect(await nodeIds(page)).toEqual([queue]);
    await page.keyboard.press('Control+z');
    expect(await nodeIds(page)).toEqual([queue, fn]);
    browser.assertNoErrors(errors);
  });

  it('moving a node by dragging it, and a reload keeps the design', async () => {
    const { page, errors } = await browser.open('?mode=sandbox');
    await waitForCanvas(page);
    const queue = await dragFromPalette(page, 'AWS::SQS::Queue', { x: 400, y: 300 });
    const dlq = await dragFromPalette(page, 'AWS::SQS::Queue', { x: 400, y: 500 });
    await connect(page, queue, dlq);
    const start = await screenPosition(page, queue);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 60, start.y - 40, { steps: 6 });
    await page.mouse.move(start.x + 120, start.y - 80, { steps: 6 });
    await page.mouse.up();
    const design = await page.evaluate(() => window.cloudwright.design()!);
    const moved = design.nodes.find((node) => node.id === queue)!.position!;
    expect(moved.x % 20).toBe(0);
    expect(moved.x).toBeGreaterThan(0);
    await page.reload();
    await waitForCanvas(page);
    const reloaded = await page.evaluate(() => window.cloudwright.design()!);
    expect(reloaded.nodes).toEqual(design.nodes);
    expect(reloaded.edges).toEqual([{ from: queue, to: dlq, role: 'dead-letter' }]);
    browser.assertNoErrors(errors);
  });

  it('sandbox findings update live as you build, and a forbidden value shows the rule beside the field', async () => {
    const { page, errors } = await browser.open('?mode=sandbox');
    await waitForCanvas(page);
    const queue = await dragFromPalette(page, 'AWS::SQS::Queue', { x: 400, y: 300 });
    const dlq = await dragFromPalette(page, 'AWS::SQS::Queue', { x: 400, y: 500 });
    await connect(page, queue, dlq);
    await clickNode(page, queue);
    await page.locator('.inspector [data-field="FifoQueue"] input').check();
    await page.click('[data-tab="results"]');
    const finding = page.locator('[data-testid="live-findings"] [data-rule="sqs/fifo-dlq-must-be-fifo"]');
    await finding.waitFor();
    await clickNode(page, dlq);
    await page.locator('.inspector [data-field="FifoQueue"] input').check();
    await page.click('[data-tab="results"]');
    await finding.waitFor({ state: 'detached' });

    await clickNode(page, queue);
    const timeout = page.locator('.inspector [data-field="VisibilityTimeout"] input');
    await expect(timeout.getAttribute('max')).resolves.toBe('43200');
    await timeout.fill('50000');
    await timeout.press('Enter');
    const message = page.locator('.inspector [data-field="VisibilityTimeout"] [data-rule]');
    await message.waitFor();
    await expect(message.textContent()).resolves.toMatch(/43200|43,200/);
    browser.assertNoErrors(errors);
  });

  it('an invalid import shows the problems with paths and changes nothing', async () => {
    const { page, errors } = await browser.open('?mode=sandbox');
    await waitForCanvas(page);
    await dragFromPalette(page, 'AWS::SQS::Queue', { x: 400, y: 300 });
    const before = await page.evaluate(() => window.cloudwright.design());
    const chooser = page.waitForEvent('filechooser');
    await page.click('[data-action="import"]');
    await (await chooser).setFiles({
      name: 'broken.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from('format: cloudwright.design/1\nnodes:\n  - id: Orders Queue\n    kind: AWS::SQS::Queue\n'),
    });
    const problems = page.locator('[data-testid="problems"]');
    await problems.waitFor();
    await expect(problems.textContent()).resolves.toMatch(/nodes\[0\]\.id/);
    expect(await page.evaluate(() => window.cloudwright.design())).toEqual(before);
    browser.assertNoErrors(errors);
  });

  it('a corrupt save is reported and set aside, and the game still starts', async () => {
    const { page, errors } = await browser.open('');
    await page.evaluate(() => localStorage.setItem('cloudwright.design.sandbox', '{"format":"cloudwright.design/1","nodes":[{"id":"x"}]}'));
    await page.goto(`${page.url()}?mode=sandbox`);
    await waitForCanvas(page);
    const problem = page.locator('[data-testid="storage-problem"]');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toMatch(/nodes\[0\]\.kind.*cloudwright\.corrupt\.sandbox/s);
    expect(await nodeIds(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('cloudwright.corrupt.sandbox'))).toContain('"id":"x"');
    browser.assertNoErrors(errors);
  });

  it('a full storage is reported when autosave fails, and the edit is kept on the canvas', async () => {
    const { page, errors } = await browser.open('');
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(`${page.url()}?mode=sandbox`);
    await waitForCanvas(page);
    const queue = await dragFromPalette(page, 'AWS::SQS::Queue', { x: 400, y: 300 });
    const problem = page.locator('[data-testid="storage-problem"]');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toMatch(/Autosave failed.*storage is full.*Export/s);
    await expect(page.locator('[data-testid="save-status"]').textContent()).resolves.toBe('Not saved');
    expect(await nodeIds(page)).toEqual([queue]);
    browser.assertNoErrors(errors);
  });
});
