import type { Design } from '../../bridge.ts';

interface Entry {
  design: Design;
  label: string;
}

/** Undo and redo as design snapshots: designs are immutable, so a snapshot is one reference. */
export class History {
  private past: Entry[] = [];
  private future: Entry[] = [];

  constructor(private readonly limit = 500) {}

  /** Records the design as it was before an edit named `label`. */
  record(before: Design, label: string): void {
    this.past.push({ design: before, label });
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  undo(current: Design): Design | undefined {
    const entry = this.past.pop();
    if (!entry) return undefined;
    this.future.push({ design: current, label: entry.label });
    return entry.design;
  }

  redo(current: Design): Design | undefined {
    const entry = this.future.pop();
    if (!entry) return undefined;
    this.past.push({ design: current, label: entry.label });
    return entry.design;
  }

  get undoLabel(): string | undefined {
    return this.past.at(-1)?.label;
  }

  get redoLabel(): string | undefined {
    return this.future.at(-1)?.label;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
