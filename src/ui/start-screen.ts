import { h } from './dom.ts';
import { filesFromDrop } from './dropped-files.ts';

export interface StartActions {
  campaign: () => void;
  sandbox: () => void;
  /** Author mode: make a scenario in forms and on the canvas, tested and downloaded as a pack. */
  author: () => void;
  loadPack: (files: FileList) => void;
  /** A folder or files dropped on the screen, as (path, text) pairs. */
  dropPack: (entries: Array<[string, string]>) => void;
  /** A pack served over HTTP: the address of its folder (or of its pack.yaml). */
  openPackUrl: (url: string) => void;
  /** The pack loaded this session, to go back to its levels. */
  loaded?: { title: string; open: () => void };
}

/** Campaign, Sandbox, or a pack of levels someone else wrote (a folder picked or dropped, or an address). */
export function startScreen(actions: StartActions): HTMLElement {
  const packInput = h('input', { className: 'visually-hidden', attrs: { type: 'file', multiple: '', webkitdirectory: '', 'aria-label': 'Pack folder', tabindex: '-1' } });
  packInput.addEventListener('change', () => {
    if (packInput.files && packInput.files.length > 0) actions.loadPack(packInput.files);
  });
  const address = h('input', { attrs: { type: 'url', name: 'pack-url', placeholder: 'https://…/my-pack/', 'aria-label': 'Address of a pack folder' }, dataset: { field: 'pack-url' } });
  const byAddress = h(
    'form',
    { className: 'pack-url' },
    address,
    h('button', { text: 'Open pack', dataset: { action: 'open-pack-url' }, attrs: { type: 'submit' } }),
  );
  byAddress.addEventListener('submit', (event) => {
    event.preventDefault();
    if (address.value.trim() !== '') actions.openPackUrl(address.value.trim());
  });
  const card = h(
    'div',
    { className: 'start-card' },
    h('h1', { className: 'logo', text: 'Cloudwright' }),
    h('p', { className: 'tagline', text: 'Learn AWS architecture by building it. Drag components onto the canvas, connect them, and watch real traffic judge your design.' }),
    h(
      'div',
      { className: 'start-actions' },
      h('button', { className: 'primary big', dataset: { action: 'campaign' }, on: { click: actions.campaign } }, h('span', { text: 'Campaign' }), h('small', { text: 'Levels by chapter, with stars to earn' })),
      actions.loaded
        ? h('button', { className: 'big', dataset: { action: 'loaded-pack' }, on: { click: actions.loaded.open } }, h('span', { text: actions.loaded.title }), h('small', { text: 'The pack you loaded, with its own stars' }))
        : null,
      h('button', { className: 'big', dataset: { action: 'sandbox' }, on: { click: actions.sandbox } }, h('span', { text: 'Sandbox' }), h('small', { text: 'Every component, findings as you build' })),
      h('button', { className: 'big', dataset: { action: 'author' }, on: { click: actions.author } }, h('span', { text: 'Author a scenario' }), h('small', { text: 'Make a level in forms and on the canvas; download it as a pack' })),
      h('button', { className: 'big', dataset: { action: 'load-pack' }, on: { click: () => packInput.click() } }, h('span', { text: 'Load a pack' }), h('small', { text: 'A folder with pack.yaml and its scenarios (or drop it here)' })),
      packInput,
      byAddress,
    ),
    h('p', { className: 'credits muted small', text: 'AWS service icons: the official AWS Architecture Icons. Rules encoded from AWS Certified Developer – Associate study notes, checked against today’s AWS documentation.' }),
  );
  const screen = h('div', { className: 'start-screen', dataset: { testid: 'start-screen' } }, card);
  screen.addEventListener('dragover', (event) => {
    event.preventDefault();
    screen.classList.add('dropping');
  });
  screen.addEventListener('dragleave', () => screen.classList.remove('dropping'));
  screen.addEventListener('drop', async (event) => {
    event.preventDefault();
    screen.classList.remove('dropping');
    if (event.dataTransfer) actions.dropPack(await filesFromDrop(event.dataTransfer));
  });
  return screen;
}
