import { h } from './dom.ts';

/** The tabs beside the canvas (brief, inspector, results): one body shown at a time. */
export class SidePanel<Tab extends string> {
  private readonly tabBar = h('div', { className: 'tabs', attrs: { role: 'tablist' } });
  private readonly body = h('div', { className: 'panel-body' });
  private readonly tabs = new Map<Tab, { button: HTMLButtonElement; body: HTMLElement }>();
  readonly element = h('aside', { className: 'side-panel' }, this.tabBar, this.body);

  add(id: Tab, label: string, body: HTMLElement): void {
    const button = h('button', { className: 'tab', text: label, dataset: { tab: id }, attrs: { role: 'tab' }, on: { click: () => this.show(id) } });
    this.tabBar.append(button);
    this.tabs.set(id, { button, body });
  }

  show(id: Tab): void {
    for (const [key, tab] of this.tabs) {
      tab.button.classList.toggle('active', key === id);
      tab.button.setAttribute('aria-selected', String(key === id));
    }
    const tab = this.tabs.get(id);
    if (tab && tab.body.parentElement !== this.body) this.body.replaceChildren(tab.body);
  }
}
