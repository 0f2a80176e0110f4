import { type Design, emptyDesign } from '../../bridge.ts';
import type { EngineClient } from '../../game/engine-client.ts';
import { h } from '../dom.ts';
import { type KeyValueStore, type ProgressStore, SaveSlots } from '../storage.ts';
import { openWorkspace, type Workspace } from '../workspace.ts';

/** The editor's autosave lives under its own prefix, so drawing a test design never touches the player's sandbox. */
function prefixedStore(store: KeyValueStore, prefix: string): KeyValueStore {
  return {
    getItem: (key) => store.getItem(`${prefix}${key}`),
    setItem: (key, value) => store.setItem(`${prefix}${key}`, value),
    removeItem: (key) => store.removeItem(`${prefix}${key}`),
  };
}

export interface DesignEditing {
  root: HTMLElement;
  store: KeyValueStore;
  engine: EngineClient;
  progress: ProgressStore;
  design: Design | undefined;
  title: string;
  /** The design as drawn, when the author goes back (by the button or the topbar's back). */
  back: (design: Design) => void;
}

/** Opens the normal canvas editor (the sandbox's, every component) on one of the scenario's designs. */
export async function editDesignOnCanvas(options: DesignEditing): Promise<Workspace> {
  const slots = new SaveSlots(prefixedStore(options.store, 'cloudwright.author.canvas.'));
  slots.save('sandbox', options.design ?? emptyDesign(options.title));
  let workspace: Workspace | undefined;
  let left = false;
  const leave = () => {
    if (left || !workspace) return;
    left = true;
    options.back(workspace.model.design);
  };
  workspace = await openWorkspace(options.root, { engine: options.engine, slots, progress: options.progress, exit: leave });
  const title = options.root.querySelector('.topbar .level-name');
  if (title) title.textContent = `Author: ${options.title}`;
  options.root
    .querySelector('.topbar .toolbar')
    ?.prepend(h('button', { className: 'primary', text: 'Back to the scenario', dataset: { action: 'author-back' }, attrs: { type: 'button' }, on: { click: leave } }));
  return workspace;
}
