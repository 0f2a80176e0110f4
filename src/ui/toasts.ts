import { h } from './dom.ts';

export type ToastTone = 'info' | 'error' | 'warning' | 'success';

export interface ToastContent {
  title: string;
  lines?: string[];
  tone: ToastTone;
  /** Milliseconds to stay; undefined keeps it until dismissed (storage problems must be seen). */
  duration?: number;
  testId?: string;
}

/** Short messages over the canvas: a refused connection and its reason, a failed autosave. */
export class Toasts {
  readonly element = h('div', { className: 'toasts', attrs: { 'aria-live': 'polite' } });

  show(content: ToastContent): HTMLElement {
    const toast = h(
      'div',
      { className: `toast toast-${content.tone}`, attrs: { role: content.tone === 'error' ? 'alert' : 'status' }, ...(content.testId ? { dataset: { testid: content.testId } } : {}) },
      h('div', { className: 'toast-title', text: content.title }),
      ...(content.lines ?? []).map((line) => h('div', { className: 'toast-line', text: line })),
      h('button', { className: 'toast-close', text: '×', title: 'Dismiss', attrs: { 'aria-label': 'Dismiss' }, on: { click: () => toast.remove() } }),
    );
    this.element.append(toast);
    while (this.element.children.length > 4) this.element.firstElementChild?.remove();
    if (content.duration) setTimeout(() => toast.remove(), content.duration);
    return toast;
  }
}
