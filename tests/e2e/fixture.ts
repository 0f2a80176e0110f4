import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

/** True when the global setup found a Chromium and started the preview server. */
export const browserReady = inject('baseUrl') !== '';

/** One browser per test file; each test opens a fresh context (empty storage) and checks the console stayed clean. */
export function useBrowser(): { open: (query: string) => Promise<{ page: Page; errors: string[] }>; assertNoErrors: (errors: string[]) => void } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (browserReady) browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    open: (query) => openPage(browser!, `${inject('baseUrl')}${query}`),
    assertNoErrors: (errors) => expect(errors).toEqual([]),
  };
}
