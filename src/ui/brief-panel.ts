import { componentFor, type LevelVerdict, requirementsOf, type Scenario } from '../bridge.ts';
import { iconUrl } from '../game/icons.ts';
import { append, clear, h } from './dom.ts';

export interface BriefState {
  started: boolean;
  hintsShown: number;
  verdict?: LevelVerdict;
}

/** The level's story, its requirements as a checklist, the components allowed, and hints one at a time. */
export class BriefPanel {
  readonly element = h('div', { className: 'brief' });
  private last = '';

  constructor(
    private readonly scenario: Scenario,
    private readonly chapterTitle: string,
    private readonly actions: { start: () => void; hint: () => void },
  ) {}

  render(state: BriefState): void {
    const signature = `${state.started}|${state.hintsShown}|${state.verdict ? state.verdict.requirements.map((r) => r.passed).join() : ''}`;
    if (signature === this.last) return;
    this.last = signature;
    const { scenario } = this;
    clear(this.element);
    const results = new Map([...(state.verdict?.requirements ?? []), ...(state.verdict?.bonus ?? [])].map((result) => [result.id, result.passed]));
    const checklist = (items: Array<{ id: string; label: string }>) =>
      h(
        'ul',
        { className: 'checklist' },
        ...items.map((item) => {
          const passed = results.get(item.id);
          return h('li', { className: passed === undefined ? '' : passed ? 'passed' : 'failed', dataset: { requirement: item.id } }, h('span', { className: 'mark', text: passed === undefined ? '○' : passed ? '✔' : '✘' }), item.label);
        }),
      );
    append(
      this.element,
      h('div', { className: 'muted small', text: `${this.chapterTitle} · difficulty ${'●'.repeat(scenario.difficulty)}${'○'.repeat(5 - scenario.difficulty)}` }),
      h('h2', { className: 'brief-title', text: scenario.title }),
      ...scenario.brief
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph) => h('p', { className: 'brief-text', text: paragraph })),
      state.started ? null : h('button', { className: 'primary wide', text: 'Start building', dataset: { action: 'start' }, on: { click: () => this.actions.start() } }),
      h('h3', { className: 'section-title', text: 'Requirements' }),
      checklist(requirementsOf(scenario)),
      scenario.bonus.length > 0 ? h('h3', { className: 'section-title', text: 'For extra stars' }) : null,
      scenario.bonus.length > 0 ? checklist(scenario.bonus) : null,
      h('h3', { className: 'section-title', text: 'What you will learn' }),
      h('ul', { className: 'objectives' }, ...scenario.objectives.map((objective) => h('li', {}, objective.text, h('span', { className: 'muted small', text: ` (notes: ${objective.section})` })))),
      h('h3', { className: 'section-title', text: 'Components you may use' }),
      h(
        'div',
        { className: 'allowed' },
        ...scenario.palette.map((kind) => {
          const definition = componentFor(kind);
          const url = definition ? iconUrl(definition.icon) : undefined;
          return h('span', { className: 'chip', title: kind }, url ? h('img', { attrs: { src: url, alt: '' } }) : null, definition?.label ?? kind);
        }),
      ),
      this.hints(state.hintsShown),
    );
  }

  private hints(shown: number): HTMLElement {
    const { hints } = this.scenario;
    const section = h('div', { className: 'hints' }, h('h3', { className: 'section-title', text: 'Hints' }));
    if (hints.length === 0) {
      section.append(h('p', { className: 'muted small', text: 'This level has no hints.' }));
      return section;
    }
    section.append(...hints.slice(0, shown).map((hint, i) => h('p', { className: 'hint', dataset: { hint: String(i + 1) } }, h('strong', { text: `Hint ${i + 1}: ` }), hint)));
    if (shown < hints.length) {
      section.append(h('button', { text: `Show a hint (${shown + 1} of ${hints.length})`, dataset: { testid: 'show-hint' }, on: { click: () => this.actions.hint() } }));
    } else section.append(h('p', { className: 'muted small', text: 'That was the last hint.' }));
    return section;
  }
}
