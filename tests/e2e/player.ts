import type { Page } from 'playwright-core';

/** A player's hands: everything through real mouse and keyboard events, like a person would. */

export async function waitForCanvas(page: Page): Promise<void> {
  await page.waitForSelector('.canvas-host canvas');
  await page.waitForFunction(() => window.cloudwright?.design() !== undefined);
}

/** Drags a component from the palette to a point on the page; returns the id of the node it added. */
export async function dragFromPalette(page: Page, kind: string, to: { x: number; y: number }): Promise<string> {
  const before = await nodeIds(page);
  const item = page.locator(`.palette-item[data-kind="${kind}"]`);
  await item.scrollIntoViewIfNeeded();
  const box = (await item.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction((count) => (window.cloudwright.design()?.nodes.length ?? 0) > count, before.length);
  const after = await nodeIds(page);
  return after.find((id) => !before.includes(id))!;
}

export async function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cloudwright.design()?.nodes.map((node) => node.id) ?? []);
}

export async function screenPosition(page: Page, id: string, part?: 'handle'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([nodeId, which]) => window.cloudwright.screenPosition(nodeId!, which as 'handle' | undefined), [id, part] as const);
  if (!point) throw new Error(`no node "${id}" on the canvas`);
  return point;
}

/** Drags from one node's connection handle to another node. */
export async function connect(page: Page, from: string, to: string): Promise<void> {
  const start = await screenPosition(page, from, 'handle');
  const end = await screenPosition(page, to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
}

export async function clickNode(page: Page, id: string): Promise<void> {
  const at = await screenPosition(page, id);
  await page.mouse.click(at.x, at.y);
}

export async function edgeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.cloudwright.design()?.edges.length ?? 0);
}
