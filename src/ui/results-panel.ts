import type { Finding, LevelVerdict, ValidationStage } from '../bridge.ts';
import { clear, h, starText } from './dom.ts';
import { findingsList, type Highlight, problemsList, requirementsList } from './findings-list.ts';

const STAGES: Array<[ValidationStage, string]> = [
  ['loading', 'Reading the design'],
  ['checkingRules', 'Checking the rules'],
  ['simulating', 'Running the traffic'],
  ['judging', 'Judging the requirements'],
];

export interface ResultsState {
  validating: boolean;
  stage?: ValidationStage;
  verdict?: LevelVerdict;
  stale: boolean;
  error?: string;
  /** Sandbox: findings recomputed on every edit. */
  live?: readonly Finding[];
}

/** Validation progress, then each requirement and finding; clicking one highlights it on the canvas. */
export class ResultsPanel {
  readonly element = h('div', { className: 'results' });
  private last: ResultsState | undefined;

  constructor(private readonly highlight: Highlight) {}

  render(state: ResultsState): void {
    const last = this.last;
    const same =
      last &&
      last.validating === state.validating &&
      last.stage === state.stage &&
      last.stale === state.stale &&
      last.error === state.error &&
      last.verdict === state.verdict &&
      last.live === state.live;
    if (same) return;
    this.last = state;
    clear(this.element);
    if (state.validating) this.element.append(progress(state.stage));
    if (state.error) this.element.append(h('p', { className: 'field-error', text: state.error }));
    if (state.live) {
      const errors = state.live.filter((finding) => finding.severity === 'error').length;
      this.element.append(
        h('div', { className: 'live-findings', dataset: { testid: 'live-findings', count: String(state.live.length) } },
          h('h3', { className: 'section-title', text: `Live findings (${state.live.length}${errors ? `, ${errors} error${errors === 1 ? '' : 's'}` : ''})` }),
          findingsList(state.live, this.highlight),
        ),
      );
    }
    if (state.verdict && !state.validating) this.element.append(verdictView(state.verdict, state.stale, this.highlight, !state.live));
    if (!state.verdict && !state.validating && !state.live) {
      this.element.append(h('p', { className: 'muted', text: 'Build your design, then press Validate: the engine checks every rule and runs the level’s traffic through it.' }));
    }
  }
}

function progress(stage: ValidationStage | undefined): HTMLElement {
  const index = Math.max(0, STAGES.findIndex(([id]) => id === stage));
  return h(
    'div',
    { className: 'progress', dataset: { testid: 'validation-progress' }, attrs: { role: 'status' } },
    h('div', { className: 'progress-bar' }, h('div', { className: 'progress-fill', attrs: { style: `width: ${((index + 1) / STAGES.length) * 100}%` } })),
    h('ol', { className: 'stages' }, ...STAGES.map(([id, label], i) => h('li', { className: i < index ? 'done' : i === index ? 'current' : '', text: label, dataset: { stage: id } }))),
  );
}

function verdictView(verdict: LevelVerdict, stale: boolean, highlight: Highlight, level: boolean): HTMLElement {
  const headline = !verdict.valid
    ? 'The design cannot be read'
    : level
      ? verdict.passed
        ? 'Passed'
        : 'Not yet'
      : verdict.passed
        ? 'AWS would accept this design'
        : 'AWS would reject this design';
  const element = h(
    'div',
    { className: `verdict ${verdict.passed ? 'verdict-passed' : 'verdict-failed'}`, dataset: { testid: 'verdict', passed: String(verdict.passed) } },
    h('div', { className: 'verdict-head' }, h('span', { className: 'verdict-title', text: headline }), verdict.passed && verdict.stars > 0 ? h('span', { className: 'stars', text: starText(verdict.stars) }) : null),
    stale ? h('p', { className: 'stale', text: 'You changed the design since this check: validate again to see where it stands.' }) : null,
  );
  if (!verdict.valid) element.append(problemsList(verdict.problems));
  if (verdict.requirements.length > 0) element.append(h('h3', { className: 'section-title', text: 'Requirements' }), requirementsList(verdict.requirements, highlight));
  if (verdict.bonus.length > 0) element.append(h('h3', { className: 'section-title', text: 'For extra stars' }), requirementsList(verdict.bonus, highlight));
  if (level && verdict.valid) element.append(h('h3', { className: 'section-title', text: `Findings (${verdict.findings.length})` }), findingsList(verdict.findings, highlight));
  return element;
}
