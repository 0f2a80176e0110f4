import type { KeyValueStore } from '../storage.ts';
import { type AuthorWork, emptyWork } from './author-work.ts';

const KEY = 'cloudwright.author.work';

/** The author's work, autosaved on every change so a reload loses nothing. */
export class AuthorStore {
  constructor(private readonly store: KeyValueStore) {}

  /** The saved work, or a new one (with why, when a save could not be read). */
  load(): { work: AuthorWork; problem?: string } {
    let text: string | null;
    try {
      text = this.store.getItem(KEY);
    } catch (error) {
      return { work: emptyWork(), problem: `Browser storage cannot be read (${String(error)}); your work will not be saved.` };
    }
    if (text === null) return { work: emptyWork() };
    try {
      const parsed = JSON.parse(text) as Partial<AuthorWork>;
      if (typeof parsed !== 'object' || parsed === null || typeof parsed.id !== 'string') throw new Error('not an author save');
      return { work: { ...emptyWork(), ...parsed } };
    } catch (error) {
      return { work: emptyWork(), problem: `The saved scenario could not be read (${error instanceof Error ? error.message : String(error)}); you start fresh.` };
    }
  }

  /** Saves the work; a failure (storage full or forbidden) is returned for the screen to show. */
  save(work: AuthorWork): string | undefined {
    try {
      this.store.setItem(KEY, JSON.stringify(work));
      return undefined;
    } catch (error) {
      return `Autosave failed: ${error instanceof Error ? error.message : String(error)}. Download the pack to keep your work.`;
    }
  }
}
