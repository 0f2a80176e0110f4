import type { ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { buildForTests, CHROMIUM, chromiumAvailable, freePort, startPreview } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's address, or "" when the browser tests are skipped. */
    baseUrl: string;
  }
}

/** Builds the game, serves the production build, and hands its address to the browser tests. */
export default async function setup(project: TestProject): Promise<() => void> {
  if (!chromiumAvailable()) {
    console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (install the Debian package "chromium", or set CLOUDWRIGHT_CHROMIUM)`);
    project.provide('baseUrl', '');
    return () => {};
  }
  const build = await buildForTests();
  const port = await freePort();
  const server: ChildProcess = await startPreview(port, build.outDir);
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return () => {
    server.kill();
    build.remove();
  };
}
