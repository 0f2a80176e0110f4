/**
 * The browser benchmark (npm run bench): frames per second while dragging a node in a design of
 * 200 nodes and 300 edges, the time to open a level, and the production bundle size (gzip).
 * Builds the game into a temporary folder (CLOUDWRIGHT_SKIP_BUILD=1 measures dist/ as it is) and needs Chromium.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { largeDesign } from './large-design.ts';
import { buildForTests, CHROMIUM, chromiumAvailable, freePort, launchBrowser, openPage, ROOT, startPreview } from '../e2e/browser.ts';
import { waitForCanvas } from '../e2e/player.ts';

const DRAG_SECONDS = 3;

function bundleSizes(outDir: string): { file: string; bytes: number; gzip: number }[] {
  const assets = join(outDir, 'assets');
  const files = [join(outDir, 'index.html'), ...readdirSync(assets).filter((name) => /\.(js|css)$/.test(name)).map((name) => join(assets, name))];
  return files.map((file) => {
    const content = readFileSync(file);
    return { file: file.slice(outDir.length + 1), bytes: statSync(file).size, gzip: gzipSync(content, { level: 9 }).length };
  });
}

/** 200 nodes on a 20 × 10 grid, 300 edges the catalog mostly allows. */
function benchDesign() {
  const design = largeDesign(200, 300);
  return { ...design, nodes: design.nodes.map((node, i) => ({ ...node, position: { x: (i % 20) * 200, y: Math.floor(i / 20) * 160 } })) };
}

async function main(): Promise<void> {
  if (!chromiumAvailable()) {
    console.log(`browser benchmark skipped: no Chromium at ${CHROMIUM}`);
    return;
  }
  const build = await buildForTests();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const sizes = bundleSizes(build.outDir);
  const port = await freePort();
  const server = await startPreview(port, build.outDir);
  const browser = await launchBrowser();
  try {
    const base = `http://127.0.0.1:${port}/`;
    const opened = Date.now();
    const { page } = await openPage(browser, `${base}?scenario=fifo-orders`);
    await waitForCanvas(page);
    const openLevelMs = Date.now() - opened;

    await page.goto(`${base}?mode=sandbox`);
    await waitForCanvas(page);
    const loaded = await page.evaluate((design) => window.cloudwright.loadDesign(design).ok, benchDesign());
    if (!loaded) throw new Error('the benchmark design did not load');
    await page.waitForTimeout(500);
    const start = (await page.evaluate(() => window.cloudwright.screenPosition('n45')))!;
    // Count animation frames in the page while the mouse drags a node around.
    await page.evaluate(
      `window.__frames = 0; window.__counting = true; (function tick() { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); })(); window.__started = performance.now();`,
    );
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    const until = Date.now() + DRAG_SECONDS * 1000;
    let step = 0;
    while (Date.now() < until) {
      step++;
      await page.mouse.move(start.x + 80 * Math.sin(step / 10), start.y + 60 * Math.cos(step / 10));
    }
    await page.mouse.up();
    const { frames, elapsed } = (await page.evaluate('({ frames: window.__frames, elapsed: performance.now() - window.__started })')) as { frames: number; elapsed: number };
    await page.evaluate('window.__counting = false');
    const fps = frames / (elapsed / 1000);

    // The canvas must keep drawing while the engine (in a worker) judges a level.
    await page.goto(`${base}?scenario=fifo-orders`);
    await waitForCanvas(page);
    const passing = parse(readFileSync(join(ROOT, 'scenarios', 'fifo-orders', 'pass-batch-of-one.yaml'), 'utf8'));
    await page.evaluate((design) => window.cloudwright.loadDesign(design).ok, passing);
    await page.evaluate(
      `window.__frames = 0; window.__counting = true; (function tick() { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); })(); window.__started = performance.now();`,
    );
    await page.click('[data-action="validate"]');
    await page.locator('[data-testid="verdict"]').waitFor({ timeout: 120_000 });
    const validation = (await page.evaluate('({ frames: window.__frames, elapsed: performance.now() - window.__started })')) as { frames: number; elapsed: number };
    await page.evaluate('window.__counting = false');

    const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
    console.log('\nBrowser benchmark (headless Chromium, 1280×720)');
    console.log(`  frames per second while dragging (200 nodes, 300 edges): ${fps.toFixed(1)} (${frames} frames, ${step} pointer moves in ${(elapsed / 1000).toFixed(1)} s)`);
    console.log(
      `  frames per second while validating fifo-orders (engine in a Web Worker): ${(validation.frames / (validation.elapsed / 1000)).toFixed(1)} over ${(validation.elapsed / 1000).toFixed(1)} s`,
    );
    console.log(`  time to open a level (fifo-orders, navigation to a drawn canvas): ${openLevelMs} ms`);
    console.log(`  production bundle: ${kb(total)} gzip in total`);
    for (const size of sizes) console.log(`    ${size.file.padEnd(44)} ${kb(size.bytes).padStart(11)}  ${kb(size.gzip).padStart(10)} gzip`);
  } finally {
    await browser.close();
    server.kill();
    build.remove();
  }
}

await main();
