import { describe, expect, it } from 'vitest';
import { loadPackFromTexts } from '../../src/bridge.ts';
import { loadForPlay, unlocked } from '../../src/ui/campaign-data.ts';
import { campaignFiles } from './campaign.ts';



const pack = [
  'format: cloudwright.pack/1',
  'id: tiny',
  'title: Tiny',
  'author: Test',
  'chapters:',
  '  - { id: queues, title: Queues, scenarios: [fifo-orders] }',
].join('\n');

describe('loading a pack to play it', () => {
  it('gives the same levels as the full load, without the test designs the game never runs', () => {
    const texts = campaignFiles();
    const texts1 = { 'pack.yaml': pack, 'fifo-orders.yaml': texts['fifo-orders.yaml']!, ...Object.fromEntries(Object.entries(texts).filter(([path]) => path.startsWith('fifo-orders/'))) };
    const full = loadPackFromTexts(texts1);
    const played = loadForPlay(texts1);
    expect(full.ok && played.ok).toBe(true);
    if (!full.ok || !played.ok) return;
    const [fullScenario] = full.value.scenarios;
    const [playedScenario] = played.value.scenarios;
    expect(fullScenario!.tests.pass.length).toBeGreaterThan(0);
    expect(playedScenario!.tests).toEqual({ pass: [], fail: [] });
    const { tests: _a, ...fullRest } = fullScenario!;
    const { tests: _b, ...playedRest } = playedScenario!;
    expect(playedRest).toEqual(fullRest);
    expect(playedScenario!.start?.design.nodes.length).toBeGreaterThan(0);
  });

  it('still reports every problem of a broken pack, by file and path', () => {
    const texts = campaignFiles();
    const broken = { 'pack.yaml': pack.replace('[fifo-orders]', '[fifo-orders, missing-level]'), 'fifo-orders.yaml': texts['fifo-orders.yaml']! };
    const played = loadForPlay(broken);
    expect(played.ok).toBe(false);
    const problems = played.ok ? [] : played.problems.map((problem) => `${problem.file} ${problem.path}`);
    expect(problems).toContain('pack.yaml chapters[0].scenarios[1]');
    // The full load's complaint about the missing test designs comes through as well.
    expect(problems.some((problem) => problem.startsWith('fifo-orders.yaml tests'))).toBe(true);
  });
});

describe('which levels are open', () => {
  const loaded = loadForPlay(campaignFiles());
  if (!loaded.ok) throw new Error('the built-in campaign must load');
  const pack = loaded.value;
  const [first, second] = pack.chapters;

  it('opens the first level of every chapter, and no other, before anything is solved', () => {
    for (const chapter of pack.chapters) {
      expect(unlocked(pack, {}, chapter.scenarios[0]!)).toBe(true);
      for (const id of chapter.scenarios.slice(1)) expect(unlocked(pack, {}, id)).toBe(false);
    }
  });

  it('opens the next level of a chapter once the one before it has a star', () => {
    const [a, b, c] = first!.scenarios;
    expect(unlocked(pack, { [a!]: { stars: 1 } }, b!)).toBe(true);
    expect(unlocked(pack, { [a!]: { stars: 1 } }, c!)).toBe(false);
    expect(unlocked(pack, { [a!]: { stars: 0 } }, b!)).toBe(false);
    // solving the last level of one chapter opens nothing in the next beyond its first level
    const lastOfFirst = first!.scenarios.at(-1)!;
    expect(unlocked(pack, { [lastOfFirst]: { stars: 3 } }, second!.scenarios[1]!)).toBe(false);
  });

  it('keeps a level that is in no chapter closed', () => {
    expect(unlocked(pack, {}, 'no-such-level')).toBe(false);
  });
});
