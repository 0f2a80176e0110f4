import type { Design } from '../bridge.ts';
import type { EditorModel } from '../game/model/editor-model.ts';
import { h } from './dom.ts';
import type { SaveSlots } from './storage.ts';

/**
 * Keeps the design in browser storage so a reload loses nothing. A failure is shown once (and
 * again after a success), never dropped silently.
 */
export class Autosave {
  readonly status = h('span', { className: 'save-status muted small', dataset: { testid: 'save-status' } });
  private saved: Design;
  private warned = false;

  constructor(
    private readonly model: EditorModel,
    private readonly slots: SaveSlots,
    private readonly slot: string,
    private readonly warn: (message: string) => void,
  ) {
    this.saved = model.design;
  }

  save(): void {
    this.saved = this.model.design;
    const outcome = this.slots.save(this.slot, this.model.design);
    this.status.textContent = outcome.ok ? 'Saved' : 'Not saved';
    this.status.classList.toggle('warning', !outcome.ok);
    if (outcome.ok) this.warned = false;
    else if (!this.warned) {
      this.warned = true;
      this.warn(outcome.message);
    }
  }

  /** Saves only if the design changed since the last save (after a drag, on leaving). */
  saveIfChanged(): void {
    if (this.model.design !== this.saved) this.save();
  }
}
