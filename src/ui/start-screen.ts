import { h } from './dom.ts';

export interface StartActions {
  campaign: () => void;
  sandbox: () => void;
  loadPack: (files: FileList) => void;
}

/** Campaign, Sandbox, or a pack of levels someone else wrote. */
export function startScreen(actions: StartActions): HTMLElement {
  const packInput = h('input', { className: 'visually-hidden', attrs: { type: 'file', multiple: '', webkitdirectory: '', 'aria-label': 'Pack folder' } });
  packInput.addEventListener('change', () => {
    if (packInput.files && packInput.files.length > 0) actions.loadPack(packInput.files);
  });
  return h(
    'div',
    { className: 'start-screen' },
    h(
      'div',
      { className: 'start-card' },
      h('h1', { className: 'logo', text: 'Cloudwright' }),
      h('p', { className: 'tagline', text: 'Learn AWS architecture by building it. Drag components onto the canvas, connect them, and watch real traffic judge your design.' }),
      h(
        'div',
        { className: 'start-actions' },
        h('button', { className: 'primary big', dataset: { action: 'campaign' }, on: { click: actions.campaign } }, h('span', { text: 'Campaign' }), h('small', { text: 'Levels by chapter, with stars to earn' })),
        h('button', { className: 'big', dataset: { action: 'sandbox' }, on: { click: actions.sandbox } }, h('span', { text: 'Sandbox' }), h('small', { text: 'Every component, findings as you build' })),
        h('button', { className: 'big', dataset: { action: 'load-pack' }, on: { click: () => packInput.click() } }, h('span', { text: 'Load a pack' }), h('small', { text: 'A folder with pack.yaml and its scenarios' })),
        packInput,
      ),
      h('p', { className: 'credits muted small', text: 'AWS service icons: the official AWS Architecture Icons. Rules encoded from AWS Certified Developer – Associate study notes, checked against today’s AWS documentation.' }),
    ),
  );
}
