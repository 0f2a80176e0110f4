import type { Finding, Problem, RequirementResult } from '../bridge.ts';
import { describeProblem } from '../bridge.ts';
import type { Parts } from '../game/model/editor-model.ts';
import { h } from './dom.ts';
import { traceReplay } from './trace-replay.ts';

export type Highlight = (parts: Parts) => void;

/** Each finding with what happened, why, how to fix it, and the notes it comes from; click to highlight. */
export function findingsList(findings: readonly Finding[], highlight: Highlight): HTMLElement {
  if (findings.length === 0) return h('p', { className: 'muted', text: 'No findings: every rule is satisfied.' });
  return h(
    'ul',
    { className: 'findings' },
    ...findings.map((finding) =>
      clickable(
        h(
          'li',
          { className: `finding finding-${finding.severity}`, dataset: { rule: finding.rule } },
          h('div', { className: 'finding-head' }, h('span', { className: `badge badge-${finding.severity}`, text: finding.severity }), h('span', { className: 'finding-title', text: finding.title })),
          h('p', { className: 'finding-message', text: finding.message }),
          explanation('Why', finding.why),
          explanation('Fix', finding.fix),
          finding.currentFact ? explanation('Today', finding.currentFact) : null,
          h('p', { className: 'finding-source', text: `Notes, ${finding.source.section}: “${finding.source.quote}”` }),
        ),
        { nodes: finding.nodes, edges: finding.edges },
        highlight,
      ),
    ),
  );
}

/** The level's checklist: each requirement passed or failed, failures explained. */
export function requirementsList(requirements: readonly RequirementResult[], highlight: Highlight): HTMLElement {
  return h(
    'ul',
    { className: 'requirements' },
    ...requirements.map((requirement) =>
      clickable(
        h(
          'li',
          { className: `requirement ${requirement.passed ? 'passed' : 'failed'}`, dataset: { requirement: requirement.id, passed: String(requirement.passed) } },
          h('div', { className: 'requirement-head' }, h('span', { className: 'mark', text: requirement.passed ? '✔' : '✘' }), h('span', { text: requirement.label })),
          requirement.message ? h('p', { className: 'finding-message', text: requirement.message }) : null,
          requirement.passed ? null : explanation('Why', requirement.why),
          requirement.passed ? null : explanation('Fix', requirement.fix),
          !requirement.passed && requirement.trace && requirement.trace.length > 0 ? traceReplay(requirement.trace, highlight) : null,
        ),
        { nodes: requirement.nodes, edges: requirement.edges },
        highlight,
      ),
    ),
  );
}

export function problemsList(problems: readonly Problem[]): HTMLElement {
  return h('ul', { className: 'problems' }, ...problems.map((problem) => h('li', { text: describeProblem(problem) })));
}

function explanation(label: string, text: string): HTMLElement | null {
  if (!text) return null;
  return h('p', { className: 'finding-detail' }, h('strong', { text: `${label}: ` }), text);
}

function clickable(item: HTMLElement, parts: Parts, highlight: Highlight): HTMLElement {
  if (parts.nodes.length + parts.edges.length === 0) return item;
  item.classList.add('clickable');
  item.tabIndex = 0;
  item.title = 'Show on the canvas';
  const show = () => {
    for (const sibling of item.closest('.results, .live-findings')?.querySelectorAll('.active') ?? []) sibling.classList.remove('active');
    item.classList.add('active');
    highlight(parts);
  };
  item.addEventListener('click', show);
  item.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') show();
  });
  return item;
}
