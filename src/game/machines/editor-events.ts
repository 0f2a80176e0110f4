import type { EdgeRole } from '../../bridge.ts';
import type { HitTarget, Point } from '../model/geometry.ts';

/** Pointer events carry the world point (for the design) and the screen point (for thresholds and panning). */
interface PointerFields {
  target: HitTarget;
  world: Point;
  screen: Point;
}

export type EditorEvent =
  | ({ type: 'pointer.down'; shift: boolean } & PointerFields)
  | ({ type: 'pointer.move' } & PointerFields)
  | ({ type: 'pointer.up' } & PointerFields)
  | { type: 'palette.drop'; kind: string; world: Point }
  | { type: 'delete' }
  | { type: 'cancel' }
  | { type: 'nudge'; dx: number; dy: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'role.chosen'; role: EdgeRole | undefined }
  /** A connection made from the keyboard: the same checks and role choice as one drawn with the mouse. */
  | { type: 'connect'; from: string; to: string };

export interface RoleOption {
  role?: EdgeRole;
  verb: string;
}

/** What the editor tells the view and the panels. */
export type EditorEmitted =
  | { type: 'refused'; from: string; to: string; message: string; why: string; fix: string }
  | { type: 'chooseRole'; from: string; to: string; options: RoleOption[] }
  | { type: 'pan'; dx: number; dy: number };
