import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browser.ts';
import { browserReady, useBrowser } from './fixture.ts';
import { waitForCanvas } from './player.ts';

const browser = useBrowser();

describe.skipIf(!browserReady)('screens and links', () => {
  it('the start screen leads to the campaign, where only the first level is open', async () => {
    const { page, errors } = await browser.open('');
    await page.click('[data-action="campaign"]');
    const cards = page.locator('.level-card');
    await cards.first().waitFor();
    await expect(cards.first().getAttribute('data-locked')).resolves.toBe('false');
    if ((await cards.count()) > 1) {
      await expect(cards.nth(1).getAttribute('data-locked')).resolves.toBe('true');
      await cards.nth(1).click();
      expect(new URL(page.url()).search).toBe('?screen=campaign');
    }
    await cards.first().click();
    await waitForCanvas(page);
    expect(new URL(page.url()).search).toBe(`?scenario=${await page.evaluate(() => new URLSearchParams(location.search).get('scenario'))}`);
    await page.goBack();
    await cards.first().waitFor();
    browser.assertNoErrors(errors);
  });

  it('the palette is searchable and a level offers only its components', async () => {
    const { page, errors } = await browser.open('?scenario=fifo-orders');
    await waitForCanvas(page);
    const kinds = await page.locator('.palette-item').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.kind));
    expect(kinds.sort()).toEqual(['AWS::Lambda::Function', 'AWS::SNS::Topic', 'AWS::SQS::Queue', 'Actor::Client']);
    await page.fill('.palette-search', 'sqs queue');
    const found = await page.locator('.palette-item').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.kind));
    expect(found).toContain('AWS::SQS::Queue');
    expect(found).not.toContain('Actor::Client');
    await page.fill('.palette-search', 'nothing like this');
    await expect(page.locator('.palette-empty').textContent()).resolves.toMatch(/No component matches/);
    browser.assertNoErrors(errors);
  });

  it('a pack folder loads as its own campaign, and a broken one says what is wrong where', async () => {
    // A pack of one level, written the way an instructor would: pack.yaml beside the scenario.
    const parent = mkdtempSync(join(tmpdir(), 'cloudwright-pack-'));
    const folder = join(parent, 'my-pack');
    cpSync(join(ROOT, 'scenarios', 'fifo-orders'), join(folder, 'fifo-orders'), { recursive: true });
    cpSync(join(ROOT, 'scenarios', 'fifo-orders.yaml'), join(folder, 'fifo-orders.yaml'));
    const pack = ['format: cloudwright.pack/1', 'id: my-pack', 'title: My pack', 'author: A teacher', 'chapters:', '  - { id: queues, title: Queues, scenarios: [fifo-orders] }'];
    writeFileSync(join(folder, 'pack.yaml'), `${pack.join('\n')}\n`);
    try {
      const { page, errors } = await browser.open('');
      await page.locator('.start-screen input[type="file"]').setInputFiles(folder);
      await page.locator('.campaign-screen .level-card[data-scenario="fifo-orders"]').waitFor();
      await expect(page.locator('.campaign-screen .level-name').textContent()).resolves.toBe('My pack');
      await expect(page.locator('.chapter h2').textContent()).resolves.toBe('Queues');

      writeFileSync(join(folder, 'pack.yaml'), `${pack.join('\n').replace('[fifo-orders]', '[fifo-orders, missing-level]')}\n`);
      await page.goto(page.url().split('?')[0]!);
      await page.locator('.start-screen input[type="file"]').setInputFiles(folder);
      const problems = page.locator('[data-testid="pack-problems"]');
      await problems.waitFor();
      await expect(problems.textContent()).resolves.toMatch(/pack\.yaml.*chapters\[0\]\.scenarios\[1\].*missing-level/);
      browser.assertNoErrors(errors);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
