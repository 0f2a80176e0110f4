import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browser.ts';
import { browserReady, useBrowser } from './fixture.ts';
import { waitForCanvas } from './player.ts';

const browser = useBrowser();

describe.skipIf(!browserReady)('replay after Validate', () => {
  it('plays the run on a timeline and jumps to the moment a requirement failed, its parts lit', async () => {
    const { page, errors } = await browser.open('?scenario=fifo-orders');
    await waitForCanvas(page);
    const wrong = parse(readFileSync(join(ROOT, 'scenarios/fifo-orders/fail-standard-queue.yaml'), 'utf8'));
    expect(await page.evaluate((design) => window.cloudwright.loadDesign(design).ok, wrong)).toBe(true);
    await page.click('[data-action="validate"]');
    const verdict = page.locator('[data-testid="verdict"]');
    await verdict.waitFor({ timeout: 60_000 });
    await expect(verdict.getAttribute('data-passed')).resolves.toBe('false');

    const timeline = page.locator('[data-testid="replay-timeline"]');
    await timeline.waitFor();
    // What the failed requirement involves, as clicking it in the results shows.
    await page.click('.requirement[data-requirement="in-order"]');
    const involved = await page.evaluate(() => window.cloudwright.highlighted());
    expect(involved?.nodes.length).toBeGreaterThan(0);

    // Play: time moves on and messages travel along the edges.
    const start = Number(await timeline.getAttribute('data-t'));
    await page.click('[data-action="replay-play"]');
    await page.waitForFunction((t0) => {
      const bar = document.querySelector<HTMLElement>('[data-testid="replay-timeline"]');
      return Number(bar?.dataset.t) > t0 && Number(bar?.dataset.pulses) > 0;
    }, start);

    // Jump to the failure: the timeline stops there and the parts involved are lit.
    await page.click('[data-action="jump-failure"][data-requirement="in-order"]');
    const at = Number(await timeline.getAttribute('data-t'));
    expect(at).toBeGreaterThan(start);
    await expect(page.locator('[data-testid="replay-time"]').textContent()).resolves.toBe(`${(at / 1000).toFixed(2)} s`);
    await expect(page.locator('[data-action="replay-play"]').textContent()).resolves.toMatch(/Play/);
    expect(await page.evaluate(() => window.cloudwright.highlighted())).toEqual(involved);

    // Scrubbing back to the start shows the first events again.
    await page.locator('[data-testid="replay-scrub"]').fill(String(start));
    expect(Number(await timeline.getAttribute('data-t'))).toBeCloseTo(start, 3);

    // An edit makes the run stale: the timeline goes.
    await page.evaluate(() => {
      const design = window.cloudwright.design()!;
      window.cloudwright.loadDesign({ ...design, name: 'edited' });
    });
    await timeline.waitFor({ state: 'detached' });
    browser.assertNoErrors(errors);
  });
});
