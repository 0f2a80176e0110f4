import { freePort, launchBrowser, openPage, startPreview } from '/work/main/tests/e2e/browser.ts';
import { dragFromPalette, waitForCanvas } from '/work/main/tests/e2e/player.ts';
const port = await freePort();
const server = await startPreview(port);
const browser = await launchBrowser();
try {
  let t = Date.now();
  const { page } = await openPage(browser, `http://127.0.0.1:${port}/?mode=sandbox`);
  await waitForCanvas(page);
  console.log('open', Date.now() - t);
  const fps = await page.evaluate('new Promise((resolve) => { let n = 0; const s = performance.now(); const f = () => { n++; if (performance.now() - s < 2000) requestAnimationFrame(f); else resolve(n / 2); }; requestAnimationFrame(f); })');
  console.log('idle fps', fps);
  t = Date.now();
  await dragFromPalette(page, 'AWS::SQS::Queue', { x: 400, y: 300 });
  console.log('drag', Date.now() - t);
  t = Date.now();
  for (let i = 0; i < 10; i++) await page.mouse.move(500 + i, 500);
  console.log('10 moves', Date.now() - t);
} finally {
  await browser.close();
  server.kill();
}
