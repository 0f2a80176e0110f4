import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, ROOT } from './browser.ts';
import { browserReady, useBrowser } from './fixture.ts';
import { waitForCanvas } from './player.ts';

const browser = useBrowser();

/** A static file server on another origin (so the game's fetch is cross-origin, as with a real pack host). */
let server: Server | undefined;
let packs = '';
let host = '';

beforeAll(async () => {
  packs = mkdtempSync(join(tmpdir(), 'cloudwright-packs-'));
  cpSync(join(ROOT, 'docs', 'example-pack'), join(packs, 'good'), { recursive: true });
  cpSync(join(ROOT, 'docs', 'example-pack'), join(packs, 'broken'), { recursive: true });
  const pack = readFileSync(join(packs, 'broken', 'pack.yaml'), 'utf8');
  writeFileSync(join(packs, 'broken', 'pack.yaml'), pack.replace('[welcome-emails, archive-clicks]', '[welcome-emails, archive-clicks, missing-level]'));
  const scenario = readFileSync(join(packs, 'broken', 'welcome-emails.yaml'), 'utf8');
  writeFileSync(join(packs, 'broken', 'welcome-emails.yaml'), scenario.replace('difficulty: 2', 'difficulty: 9'));
  const port = await freePort();
  server = createServer((request, response) => {
    const path = normalize(join(packs, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    const found = path.startsWith(packs) && existsSync(path) && statSync(path).isFile();
    response.writeHead(found ? 200 : 404, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/yaml' });
    response.end(found ? readFileSync(path) : 'not found');
  });
  await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${port}/`;
});

afterAll(() => {
  server?.close();
  rmSync(packs, { recursive: true, force: true });
});

describe.skipIf(!browserReady)('packs by address', () => {
  it('?pack=URL plays a pack served over HTTP as its own campaign, and keeps its address', async () => {
    const { page, errors } = await browser.open(`?pack=${encodeURIComponent(`${host}good/`)}`);
    await page.locator('.campaign-screen .level-card[data-scenario="welcome-emails"]').waitFor();
    await expect(page.locator('.campaign-screen .level-name').textContent()).resolves.toBe('An example instructor pack');
    await page.click('.level-card[data-scenario="welcome-emails"]');
    await waitForCanvas(page);
    expect(new URL(page.url()).searchParams.get('pack')).toBe(`${host}good/`);
    // A reload fetches the pack again and opens the same level.
    await page.reload();
    await waitForCanvas(page);
    await expect(page.locator('.level-name').first().textContent()).resolves.toMatch(/Welcome emails/);
    // The start screen offers the built-in campaign and the loaded pack side by side.
    await page.click('[data-action="back"]');
    await page.click('[data-action="back"]');
    await page.locator('[data-action="loaded-pack"]').waitFor();
    await page.click('[data-action="campaign"]');
    await expect(page.locator('.campaign-screen .level-name').textContent()).resolves.not.toBe('An example instructor pack');
    browser.assertNoErrors(errors);
  });

  it('a broken pack shows its errors with their files and paths, and the start screen still works', async () => {
    const { page, errors } = await browser.open(`?pack=${encodeURIComponent(`${host}broken/`)}`);
    const problems = page.locator('[data-testid="pack-problems"]');
    await problems.waitFor();
    const text = await problems.textContent();
    expect(text).toMatch(/missing-level\.yaml.*could not be fetched from .*broken\/missing-level\.yaml: HTTP 404/);
    expect(text).toMatch(/welcome-emails\.yaml:6:\d+ difficulty/);
    expect(text).toMatch(/pack\.yaml chapters\[0\]\.scenarios\[2\]/);
    await page.click('.campaign-screen button.ghost');
    await page.click('[data-action="sandbox"]');
    await waitForCanvas(page);
    // The address typed on the start screen works like ?pack=.
    await page.goto(page.url().split('?')[0]!);
    await page.fill('[data-field="pack-url"]', `${host}good/pack.yaml`);
    await page.click('[data-action="open-pack-url"]');
    await page.locator('.campaign-screen .level-card[data-scenario="archive-clicks"]').waitFor();
    // fetch reports a 404 to the console on its own: only those are expected.
    browser.assertNoErrors(errors.filter((error) => !/404/.test(error)));
  });

  it('files dropped on the start screen load as a pack', async () => {
    const { page, errors } = await browser.open('');
    await page.locator('.start-screen').waitFor();
    // A one-level pack dropped as loose files: pack.yaml and a scenario with no starting design.
    const pack = ['format: cloudwright.pack/1', 'id: dropped', 'title: Dropped pack', 'author: A teacher', 'chapters:', '  - { id: queues, title: Queues, scenarios: [fifo-orders] }'].join('\n');
    const scenario = readFileSync(join(ROOT, 'scenarios', 'fifo-orders.yaml'), 'utf8').replace(/^start:.*$/m, '');
    await page.evaluate(
      ([packText, scenarioText]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([packText!], 'pack.yaml'));
        transfer.items.add(new File([scenarioText!], 'fifo-orders.yaml'));
        const target = document.querySelector('.start-screen')!;
        target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      [pack, scenario],
    );
    await page.locator('.campaign-screen .level-card[data-scenario="fifo-orders"]').waitFor();
    await expect(page.locator('.campaign-screen .level-name').textContent()).resolves.toBe('Dropped pack');
    browser.assertNoErrors(errors);
  });
});
