import { allComponents, CATEGORIES, type ComponentDefinition } from '../bridge.ts';
import { iconUrl } from '../game/icons.ts';
import { clear, h } from './dom.ts';

export interface PaletteOptions {
  /** Kinds the level allows; undefined offers every component (the sandbox). */
  allowed?: readonly string[];
  /** A component dropped at page coordinates; returns false when the point is not on the canvas. */
  onDrop: (kind: string, pageX: number, pageY: number) => boolean;
  /** A click (no drag) adds the component in the middle of the view. */
  onPick: (kind: string) => void;
}

const DRAG_START = 4;

/** Components by category, with the official icons, searchable; drag one onto the canvas. */
export function createPalette(options: PaletteOptions): HTMLElement {
  const components = allComponents().filter((component) => !options.allowed || options.allowed.includes(component.kind));
  const list = h('div', { className: 'palette-list' });
  const search = h('input', {
    className: 'palette-search',
    attrs: { type: 'search', placeholder: 'Search components', 'aria-label': 'Search components' },
    on: { input: () => render(search.value) },
  });
  const render = (query: string) => {
    clear(list);
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const matches = components.filter((component) => {
      const text = `${component.label} ${component.kind} ${component.summary} ${component.category}`.toLowerCase();
      return words.every((word) => text.includes(word));
    });
    for (const category of CATEGORIES) {
      const inCategory = matches.filter((component) => component.category === category);
      if (inCategory.length === 0) continue;
      list.append(h('div', { className: 'palette-category', text: category }), ...inCategory.map((component) => item(component, options)));
    }
    if (matches.length === 0) list.append(h('p', { className: 'muted palette-empty', text: `No component matches “${query}”.` }));
  };
  render('');
  return h('aside', { className: 'palette', attrs: { 'aria-label': 'Components' } }, h('h2', { className: 'panel-title', text: 'Components' }), search, list);
}

function item(component: ComponentDefinition, options: PaletteOptions): HTMLElement {
  const url = iconUrl(component.icon);
  const button = h(
    'button',
    { className: 'palette-item', dataset: { kind: component.kind }, title: `${component.label} (${component.kind})\n${component.summary}` },
    url ? h('img', { attrs: { src: url, alt: '', draggable: 'false' } }) : h('span', { className: 'icon-missing' }),
    h('span', { className: 'palette-label', text: component.label }),
  );
  button.addEventListener('pointerdown', (down) => {
    if (down.button !== 0) return;
    down.preventDefault();
    let ghost: HTMLElement | undefined;
    const move = (event: PointerEvent) => {
      if (!ghost && Math.hypot(event.clientX - down.clientX, event.clientY - down.clientY) > DRAG_START) {
        ghost = h('div', { className: 'drag-ghost' }, url ? h('img', { attrs: { src: url, alt: '' } }) : null, h('span', { text: component.label }));
        document.body.append(ghost);
      }
      if (ghost) ghost.style.transform = `translate(${event.clientX + 8}px, ${event.clientY + 8}px)`;
    };
    const up = (event: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      if (ghost) {
        ghost.remove();
        options.onDrop(component.kind, event.clientX, event.clientY);
      } else options.onPick(component.kind);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  });
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      options.onPick(component.kind);
    }
  });
  return button;
}
