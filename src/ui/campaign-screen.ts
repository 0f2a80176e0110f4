import type { FileProblem, Pack } from '../bridge.ts';
import { describeProblem } from '../bridge.ts';
import { unlocked } from './campaign-data.ts';
import { h, starText } from './dom.ts';

export interface CampaignActions {
  open: (scenarioId: string) => void;
  back: () => void;
}

/** Chapters and their levels, each with its lock and its stars. */
export function campaignScreen(pack: Pack, stars: Record<string, { stars: number }>, progressKey: (id: string) => string, actions: CampaignActions): HTMLElement {
  const byProgressKey = Object.fromEntries(pack.scenarios.map((scenario) => [scenario.id, stars[progressKey(scenario.id)] ?? { stars: 0 }]));
  const total = pack.scenarios.reduce((sum, scenario) => sum + (byProgressKey[scenario.id]?.stars ?? 0), 0);
  return h(
    'div',
    { className: 'campaign-screen' },
    h(
      'header',
      { className: 'topbar' },
      h('button', { className: 'ghost', text: '← Menu', dataset: { action: 'back' }, on: { click: actions.back } }),
      h('div', { className: 'topbar-title' }, h('span', { className: 'brand', text: 'Cloudwright' }), h('span', { className: 'level-name', text: pack.title })),
      h('span', { className: 'stars-total', text: `★ ${total} / ${pack.scenarios.length * 3}` }),
    ),
    h(
      'div',
      { className: 'campaign-body' },
      pack.description ? h('p', { className: 'muted', text: pack.description }) : null,
      ...pack.chapters.map((chapter) =>
        h(
          'section',
          { className: 'chapter' },
          h('h2', { text: chapter.title }),
          h(
            'div',
            { className: 'level-grid' },
            ...chapter.scenarios.map((id) => {
              const scenario = pack.scenarios.find((candidate) => candidate.id === id)!;
              const open = unlocked(pack, byProgressKey, id);
              const earned = byProgressKey[id]?.stars ?? 0;
              return h(
                'button',
                {
                  className: `level-card${open ? '' : ' locked'}${earned > 0 ? ' solved' : ''}`,
                  dataset: { scenario: id, locked: String(!open), stars: String(earned) },
                  title: open ? scenario.title : 'Solve the level before this one to open it',
                  on: { click: () => open && actions.open(id) },
                },
                h('span', { className: 'level-title', text: scenario.title }),
                h('span', { className: 'level-meta muted small', text: `difficulty ${'●'.repeat(scenario.difficulty)}${'○'.repeat(5 - scenario.difficulty)}` }),
                open ? h('span', { className: 'level-stars', text: starText(earned) }) : h('span', { className: 'level-locked', text: 'Locked: solve the level before it in this chapter' }),
              );
            }),
          ),
        ),
      ),
    ),
  );
}

/** A pack that cannot be loaded: every problem with its file and path. */
export function packProblemsScreen(title: string, problems: readonly FileProblem[], back: () => void): HTMLElement {
  return h(
    'div',
    { className: 'campaign-screen' },
    h('header', { className: 'topbar' }, h('button', { className: 'ghost', text: '← Menu', on: { click: back } }), h('div', { className: 'topbar-title' }, h('span', { className: 'brand', text: 'Cloudwright' }))),
    h(
      'div',
      { className: 'campaign-body' },
      h('h2', { text: title }),
      h('ul', { className: 'problems', dataset: { testid: 'pack-problems' } }, ...problems.map((problem) => h('li', { text: describeProblem(problem, problem.file) }))),
    ),
  );
}
