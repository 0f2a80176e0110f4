import type { EdgeRole } from '../bridge.ts';
import type { RoleOption } from '../game/machines/editor-events.ts';
import { h } from './dom.ts';

/** AWS offers more than one relation between the two kinds: the player picks which one they mean. */
export function roleChooser(from: string, to: string, options: RoleOption[], at: { x: number; y: number }, choose: (role: EdgeRole | undefined) => void, cancel: () => void): HTMLElement {
  const element = h(
    'div',
    { className: 'role-chooser', attrs: { role: 'dialog', 'aria-label': 'Choose the connection' }, dataset: { testid: 'role-chooser' } },
    h('div', { className: 'role-title', text: `${from} → ${to}: which connection?` }),
    ...options.map((option) =>
      h(
        'button',
        { dataset: { role: option.role ?? 'none' }, on: { click: () => choose(option.role) } },
        h('strong', { text: option.role ?? 'no role' }),
        ` ${from} ${option.verb} ${to}`,
      ),
    ),
    h('button', { className: 'ghost', text: 'Cancel', on: { click: cancel } }),
  );
  element.style.left = `${Math.max(8, at.x)}px`;
  element.style.top = `${Math.max(8, at.y)}px`;
  return element;
}
