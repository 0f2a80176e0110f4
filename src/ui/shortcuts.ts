import { GRID } from '../game/model/geometry.ts';

export interface ShortcutTargets {
  delete: () => void;
  undo: () => void;
  redo: () => void;
  escape: () => void;
  nudge: (dx: number, dy: number) => void;
}

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** Delete, Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y), Escape, arrows to nudge (Shift: five grid steps). */
export function bindShortcuts(targets: ShortcutTargets): () => void {
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (event.key === 'Escape') {
      targets.escape();
      return;
    }
    if (typing) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && key === 'z') targets[event.shiftKey ? 'redo' : 'undo']();
    else if (mod && key === 'y') targets.redo();
    else if (event.key === 'Delete' || event.key === 'Backspace') targets.delete();
    else if (ARROWS[event.key] && !mod) {
      const [x, y] = ARROWS[event.key]!;
      const step = event.shiftKey ? GRID * 5 : GRID;
      targets.nudge(x * step, y * step);
    } else return;
    event.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
