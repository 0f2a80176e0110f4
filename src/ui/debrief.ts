import type { LevelVerdict, SimulationMetrics } from '../bridge.ts';
import { h, starText } from './dom.ts';

export interface DebriefActions {
  next?: () => void;
  keepBuilding: () => void;
  levels: () => void;
}

/** Stars and what the design did; the bonus goals say what a cheaper or faster design would change. */
export function debriefDialog(title: string, verdict: LevelVerdict, actions: DebriefActions): HTMLElement {
  const missed = verdict.bonus.filter((goal) => !goal.passed);
  const met = verdict.bonus.filter((goal) => goal.passed);
  const close = (then: () => void) => () => {
    dialog.remove();
    then();
  };
  const dialog = h(
    'div',
    { className: 'modal-backdrop' },
    h(
      'div',
      { className: 'modal debrief', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Level complete' }, dataset: { testid: 'debrief' } },
      h('div', { className: 'debrief-stars', text: starText(verdict.stars), dataset: { stars: String(verdict.stars) } }),
      h('h2', { text: `${title}: solved` }),
      h(
        'div',
        { className: 'debrief-body' },
      verdict.metrics ? metricsTable(verdict.metrics) : h('p', { className: 'muted', text: 'Every requirement holds.' }),
      met.length > 0 ? h('div', {}, h('h3', { className: 'section-title', text: 'Extra stars earned' }), h('ul', { className: 'debrief-list' }, ...met.map((goal) => h('li', { text: `✔ ${goal.label}` })))) : null,
      missed.length > 0
        ? h(
            'div',
            {},
            h('h3', { className: 'section-title', text: 'What a better design would change' }),
            h('ul', { className: 'debrief-list' }, ...missed.map((goal) => h('li', {}, h('strong', { text: goal.label }), h('br'), [goal.message, goal.fix].filter(Boolean).join(' ')))),
          )
        : null,
      ),
      h(
        'div',
        { className: 'modal-actions' },
        h('button', { text: 'Keep building', on: { click: close(actions.keepBuilding) } }),
        h('button', { text: 'All levels', on: { click: close(actions.levels) } }),
        actions.next ? h('button', { className: 'primary', text: 'Next level →', dataset: { action: 'next-level' }, on: { click: close(actions.next) } }) : null,
      ),
    ),
  );
  return dialog;
}

function metricsTable(metrics: SimulationMetrics): HTMLElement {
  const rows: Array<[string, string]> = [
    ['Messages sent', String(metrics.sent)],
    ['Processed', String(metrics.processed)],
    ['Duplicates', String(metrics.duplicates)],
    ['Out of order', String(metrics.outOfOrder)],
    ['Lost', String(metrics.lost)],
    ['Dead-lettered', String(metrics.deadLettered)],
    ['Latency p50 / p95 / p99', `${round(metrics.latencyMs.p50)} / ${round(metrics.latencyMs.p95)} / ${round(metrics.latencyMs.p99)} ms`],
    ['Throughput', `${round(metrics.throughputPerSecond)} /s`],
    ['Availability', `${round(metrics.availability * 100)} %`],
    ['Estimated monthly cost', `$${metrics.monthlyCostUsd.toFixed(2)}`],
  ];
  return h('dl', { className: 'metrics' }, ...rows.map(([label, value]) => h('div', { className: 'metric' }, h('dt', { text: label }), h('dd', { text: value }))));
}

function round(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '–';
}
