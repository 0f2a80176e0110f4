import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Fetcher, fetchPackTexts, packBase, packFromUrl } from '../../src/ui/pack-from-url.ts';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'docs', 'example-pack');
const SERVER = 'https://packs.example.test/courses/example/';

/** Serves a folder the way a static web server would, with some files edited or taken away; records what was asked for. */
function serve(folder: string, changes: Record<string, string | null> = {}): { fetcher: Fetcher; asked: string[] } {
  const asked: string[] = [];
  const fetcher: Fetcher = async (url) => {
    asked.push(url);
    const path = decodeURIComponent(new URL(url).pathname.slice(new URL(SERVER).pathname.length));
    const changed = changes[path];
    const text = changed !== undefined ? changed : existsSync(join(folder, path)) ? readFileSync(join(folder, path), 'utf8') : null;
    if (text === null) return { ok: false, status: 404, statusText: 'Not Found', text: async () => '' };
    return { ok: true, status: 200, statusText: 'OK', text: async () => text };
  };
  return { fetcher, asked };
}

describe('packs by address', () => {
  it('the pack folder is found from its address, with or without pack.yaml or a trailing slash', () => {
    expect(packBase('https://host/p/mine', 'https://game/')).toBe('https://host/p/mine/');
    expect(packBase('https://host/p/mine/pack.yaml', 'https://game/')).toBe('https://host/p/mine/');
    expect(packBase('packs/mine/', 'https://game/play/?mode=x')).toBe('https://game/play/packs/mine/');
  });

  it('loads a pack served over HTTP: pack.yaml, each listed scenario, and the designs they name', async () => {
    const { fetcher, asked } = serve(EXAMPLE);
    const loaded = await packFromUrl(SERVER, 'https://game/', fetcher);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.id).toBe('example-pack');
    expect(loaded.value.scenarios.map((scenario) => scenario.id)).toEqual(['welcome-emails', 'archive-clicks']);
    expect(loaded.value.scenarios[0]!.start?.design.nodes.length).toBeGreaterThan(0);
    expect(asked).toContain(`${SERVER}welcome-emails/start.yaml`);
  });

  it('a missing scenario file is named with the address it was looked for at', async () => {
    const pack = readFileSync(join(EXAMPLE, 'pack.yaml'), 'utf8').replace('[welcome-emails, archive-clicks]', '[welcome-emails, archive-clicks, missing-level]');
    const loaded = await packFromUrl(SERVER, 'https://game/', serve(EXAMPLE, { 'pack.yaml': pack }).fetcher);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems[0]).toMatchObject({ file: 'missing-level.yaml', message: expect.stringMatching(/scenario "missing-level" \(listed in pack\.yaml\) could not be fetched from https:\/\/packs\.example\.test\/courses\/example\/missing-level\.yaml: HTTP 404/) });
    expect(loaded.problems.some((problem) => problem.file === 'pack.yaml' && problem.path === 'chapters[0].scenarios[2]')).toBe(true);
  });

  it('a broken scenario is reported by its file, path and line', async () => {
    const scenario = readFileSync(join(EXAMPLE, 'welcome-emails.yaml'), 'utf8').replace('difficulty: 2', 'difficulty: 9');
    const loaded = await packFromUrl(SERVER, 'https://game/', serve(EXAMPLE, { 'welcome-emails.yaml': scenario }).fetcher);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems).toContainEqual(expect.objectContaining({ file: 'welcome-emails.yaml', path: 'difficulty', line: 6 }));
  });

  it('no pack.yaml at the address, or no server: one problem saying so', async () => {
    const none = await packFromUrl(SERVER, 'https://game/', serve(EXAMPLE, { 'pack.yaml': null }).fetcher);
    expect(none).toMatchObject({ ok: false, problems: [{ file: 'pack.yaml', message: expect.stringMatching(/HTTP 404 Not Found/) }] });
    const offline = await packFromUrl(SERVER, 'https://game/', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(offline).toMatchObject({ ok: false, problems: [{ file: 'pack.yaml', message: expect.stringMatching(/Failed to fetch/) }] });
  });

  it('a test design missing from the server does not stop the pack from being played', async () => {
    const fetched = await fetchPackTexts(SERVER, 'https://game/', serve(EXAMPLE, { 'welcome-emails/fail-no-delay.yaml': null }).fetcher);
    expect(fetched.problems).toEqual([]);
    const loaded = await packFromUrl(SERVER, 'https://game/', serve(EXAMPLE, { 'welcome-emails/fail-no-delay.yaml': null }).fetcher);
    expect(loaded.ok).toBe(true);
  });
});
