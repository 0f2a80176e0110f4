import { describeProblem, type Design, designToJson, loadDesignText } from '../bridge.ts';

/** The part of localStorage the game uses, so tests can pass a Map-backed one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'cloudwright.';

export type SaveOutcome = { ok: true } | { ok: false; message: string };
export type LoadOutcome = { design?: Design; problem?: string };

/** Autosaved designs, one slot per level and one for the sandbox. */
export class SaveSlots {
  constructor(private readonly store: KeyValueStore) {}

  load(slot: string): LoadOutcome {
    const key = `${PREFIX}design.${slot}`;
    let text: string | null;
    try {
      text = this.store.getItem(key);
    } catch (error) {
      return { problem: `Browser storage cannot be read (${errorText(error)}); your work will not be saved.` };
    }
    if (text === null) return {};
    const loaded = loadDesignText(text);
    if (loaded.ok) return { design: loaded.value };
    // Keep the broken save where the player can still recover it, and start fresh.
    const aside = `${PREFIX}corrupt.${slot}`;
    const problems = loaded.problems.slice(0, 3).map((problem) => describeProblem(problem)).join('; ');
    try {
      this.store.setItem(aside, text);
      this.store.removeItem(key);
    } catch {
      return { problem: `Your saved design could not be read (${problems}). It is left in storage under "${key}".` };
    }
    return { problem: `Your saved design could not be read (${problems}). It was set aside under "${aside}" and you start fresh.` };
  }

  save(slot: string, design: Design): SaveOutcome {
    try {
      this.store.setItem(`${PREFIX}design.${slot}`, designToJson(design));
      return { ok: true };
    } catch (error) {
      const full = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
      return {
        ok: false,
        message: full
          ? 'Autosave failed: browser storage is full. Export your design to keep it, or free space (other sites, old saves).'
          : `Autosave failed: ${errorText(error)}. Export your design to keep it.`,
      };
    }
  }

  clear(slot: string): void {
    try {
      this.store.removeItem(`${PREFIX}design.${slot}`);
    } catch {
      // Nothing to clear if storage cannot be reached.
    }
  }
}

export interface LevelProgress {
  stars: number;
}

/** Stars per level, kept across reloads; only the best result counts. */
export class ProgressStore {
  private readonly key = `${PREFIX}progress`;

  constructor(private readonly store: KeyValueStore) {}

  all(): Record<string, LevelProgress> {
    try {
      const parsed: unknown = JSON.parse(this.store.getItem(this.key) ?? '{}');
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
      const result: Record<string, LevelProgress> = {};
      for (const [id, entry] of Object.entries(parsed as Record<string, unknown>)) {
        const stars = (entry as { stars?: unknown })?.stars;
        if (typeof stars === 'number' && stars >= 0) result[id] = { stars: Math.min(3, Math.floor(stars)) };
      }
      return result;
    } catch {
      return {};
    }
  }

  record(levelId: string, stars: number): SaveOutcome {
    const all = this.all();
    all[levelId] = { stars: Math.max(stars, all[levelId]?.stars ?? 0) };
    try {
      this.store.setItem(this.key, JSON.stringify(all));
      return { ok: true };
    } catch (error) {
      return { ok: false, message: `Your progress could not be saved: ${errorText(error)}.` };
    }
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
