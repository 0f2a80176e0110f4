import { componentFor, edgeKey } from '../bridge.ts';
import type { EditorModel } from '../game/model/editor-model.ts';
import { h } from './dom.ts';

export interface OutlineActions {
  /** Enter: the inspector for the selection, focused. */
  inspect: () => void;
  /** C on a node: choose what to connect it to. */
  connectFrom: (id: string) => void;
}

/**
 * The canvas as a list, for the keyboard and screen readers: every component and connection is a
 * button. Tab walks them, focusing one selects it on the canvas (where the selection ring shows
 * it), arrow keys move it, Delete removes it, Enter opens the inspector and C connects it.
 * Hidden until it holds the focus, then shown over the canvas's corner.
 */
export class CanvasOutline {
  private readonly list = h('ul', { className: 'outline-list' });
  readonly element = h(
    'nav',
    { className: 'canvas-outline', attrs: { 'aria-label': 'Components on the canvas' }, dataset: { testid: 'canvas-outline' } },
    h('p', { className: 'outline-help', text: 'Tab: next · arrows: move · C: connect · Enter: settings · Delete: remove' }),
    this.list,
  );

  constructor(
    private readonly model: EditorModel,
    private readonly actions: OutlineActions,
  ) {
    this.render();
  }

  render(): void {
    const focused = document.activeElement instanceof HTMLElement && this.list.contains(document.activeElement) ? document.activeElement.dataset.part : undefined;
    const { design, selection } = this.model;
    const nodeName = (id: string) => {
      const node = design.nodes.find((candidate) => candidate.id === id);
      return node?.label ?? id;
    };
    const items = [
      ...design.nodes.map((node) => {
        const kind = componentFor(node.kind)?.label ?? node.kind;
        const links = design.edges.filter((edge) => edge.from === node.id || edge.to === node.id).length;
        const button = this.partButton(`node:${node.id}`, `${node.label ?? node.id}, ${kind}${links ? `, ${links} connection${links === 1 ? '' : 's'}` : ''}`, selection.nodes.includes(node.id), () =>
          this.model.select({ nodes: [node.id], edges: [] }),
        );
        button.dataset.nodeId = node.id;
        button.addEventListener('keydown', (event) => {
          if (event.key.toLowerCase() === 'c' && !event.ctrlKey && !event.metaKey && !event.altKey) {
            event.preventDefault();
            this.actions.connectFrom(node.id);
          }
        });
        return button;
      }),
      ...design.edges.map((edge) => {
        const key = edgeKey(edge);
        const button = this.partButton(`edge:${key}`, `Connection ${nodeName(edge.from)} → ${nodeName(edge.to)}${edge.role ? ` (${edge.role})` : ''}`, selection.edges.includes(key), () =>
          this.model.select({ nodes: [], edges: [key] }),
        );
        button.dataset.edgeKey = key;
        return button;
      }),
    ];
    this.list.replaceChildren(...(items.length > 0 ? items.map((item) => h('li', {}, item)) : [h('li', { className: 'muted', text: 'The canvas is empty: add a component from the palette (Enter on one places it).' })]));
    if (focused) this.list.querySelector<HTMLElement>(`[data-part="${CSS.escape(focused)}"]`)?.focus();
  }

  /** Focus the first component (or the selected one): where a keyboard user starts on the canvas. */
  focus(): void {
    (this.list.querySelector<HTMLElement>('[aria-pressed="true"]') ?? this.list.querySelector<HTMLElement>('button'))?.focus();
  }

  focusNode(id: string): void {
    this.list.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(id)}"]`)?.focus();
  }

  private partButton(part: string, text: string, selected: boolean, select: () => void): HTMLButtonElement {
    const button = h('button', { className: 'outline-part', text, dataset: { part }, attrs: { 'aria-pressed': String(selected), type: 'button' } });
    button.addEventListener('focus', () => {
      if (button.getAttribute('aria-pressed') !== 'true') select();
    });
    button.addEventListener('click', select);
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        select();
        this.actions.inspect();
      }
    });
    return button;
  }
}

/** The components the selected one could connect to, as a list of buttons: the keyboard's way of drawing a connection. */
export function connectDialog(fromLabel: string, targets: Array<{ id: string; label: string }>, choose: (id: string) => void, close: () => void): HTMLElement {
  const backdrop = h(
    'div',
    { className: 'modal-backdrop' },
    h(
      'div',
      { className: 'modal', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-label': `Connect ${fromLabel} to` }, dataset: { testid: 'connect-dialog' } },
      h('h2', { text: `Connect ${fromLabel} to…` }),
      targets.length === 0
        ? h('p', { className: 'muted', text: 'There is nothing else on the canvas to connect to.' })
        : h('div', { className: 'connect-targets' }, ...targets.map((target) => h('button', { text: target.label, dataset: { connectTo: target.id }, on: { click: () => choose(target.id) } }))),
      h('div', { className: 'modal-actions' }, h('button', { text: 'Cancel', on: { click: close } })),
    ),
  );
  queueMicrotask(() => backdrop.querySelector<HTMLElement>('button')?.focus());
  return backdrop;
}
