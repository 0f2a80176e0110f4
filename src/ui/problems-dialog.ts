import type { Problem } from '../bridge.ts';
import { h } from './dom.ts';
import { problemsList } from './findings-list.ts';

/** Problems with a file the player gave, each with its path (and line): nothing was changed. */
export function problemsDialog(title: string, intro: string, problems: readonly Problem[]): HTMLElement {
  const dialog = h(
    'div',
    { className: 'modal-backdrop' },
    h(
      'div',
      { className: 'modal', attrs: { role: 'alertdialog', 'aria-label': title }, dataset: { testid: 'problems' } },
      h('h2', { text: title }),
      h('p', { text: intro }),
      problemsList(problems),
      h('div', { className: 'modal-actions' }, h('button', { className: 'primary', text: 'Close', on: { click: () => dialog.remove() } })),
    ),
  );
  return dialog;
}
