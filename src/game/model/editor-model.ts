import type { Design } from '../../bridge.ts';
import { edgeKey } from '../../bridge.ts';
import { ACTIONS, type ActionName, type ActionPayloads } from './actions.ts';
import { History } from './history.ts';

export type ModelChange = 'design' | 'selection' | 'highlight';
export type ModelListener = (change: ModelChange, model: EditorModel) => void;

export interface Parts {
  nodes: readonly string[];
  edges: readonly string[];
}

const NOTHING: Parts = { nodes: [], edges: [] };

/**
 * The design being edited, its undo history, the selection and the highlighted parts (from a
 * finding). Free of Phaser and the DOM so the editor can be driven and tested headlessly.
 */
export class EditorModel {
  private current: Design;
  private selected: Parts = NOTHING;
  private highlighted: Parts = NOTHING;
  private transientBase: Design | undefined;
  private readonly history = new History();
  private readonly listeners = new Set<ModelListener>();

  constructor(design: Design) {
    this.current = design;
  }

  get design(): Design {
    return this.current;
  }

  get selection(): Parts {
    return this.selected;
  }

  get highlight(): Parts {
    return this.highlighted;
  }

  /** The design as it was when the current gesture (a drag) began, if one is in progress. */
  get gestureStart(): Design | undefined {
    return this.transientBase;
  }

  get canUndo(): boolean {
    return this.history.undoLabel !== undefined;
  }

  get canRedo(): boolean {
    return this.history.redoLabel !== undefined;
  }

  get undoLabel(): string | undefined {
    return this.history.undoLabel;
  }

  get redoLabel(): string | undefined {
    return this.history.redoLabel;
  }

  subscribe(listener: ModelListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Performs a registered action; an edit that changes nothing leaves no undo step. */
  run<N extends ActionName>(name: N, payload: ActionPayloads[N]): boolean {
    this.finishTransient();
    const action = ACTIONS[name];
    const next = action.perform(this.current, payload);
    if (next === this.current) return false;
    this.history.record(this.current, action.label(payload));
    this.setDesign(next);
    return true;
  }

  /**
   * Shows an in-progress edit (a drag) without an undo step per frame; commitTransient turns the
   * whole gesture into one step.
   */
  preview(name: 'moveNodes', payload: ActionPayloads['moveNodes']): void {
    this.transientBase ??= this.current;
    this.setDesign(ACTIONS[name].perform(this.transientBase, payload));
  }

  commitTransient(label: string): void {
    const base = this.transientBase;
    this.transientBase = undefined;
    if (base && base !== this.current) this.history.record(base, label);
  }

  cancelTransient(): void {
    const base = this.transientBase;
    this.transientBase = undefined;
    if (base) this.setDesign(base);
  }

  undo(): boolean {
    this.cancelTransient();
    const previous = this.history.undo(this.current);
    if (!previous) return false;
    this.setDesign(previous);
    return true;
  }

  redo(): boolean {
    this.cancelTransient();
    const next = this.history.redo(this.current);
    if (!next) return false;
    this.setDesign(next);
    return true;
  }

  /** Starts over from a design (a level's start, a loaded save): no undo back into the old one. */
  reset(design: Design): void {
    this.transientBase = undefined;
    this.history.clear();
    this.selected = NOTHING;
    this.highlighted = NOTHING;
    this.setDesign(design);
  }

  /** Selecting something ends the highlight of a finding: the player has moved on. */
  select(parts: Parts): void {
    this.selected = { nodes: [...new Set(parts.nodes)], edges: [...new Set(parts.edges)] };
    this.emit('selection');
    if (parts.nodes.length + parts.edges.length > 0 && this.highlighted.nodes.length + this.highlighted.edges.length > 0) this.setHighlight(NOTHING);
  }

  toggleSelected(part: { node?: string; edge?: string }): void {
    const toggle = (list: readonly string[], item: string | undefined) =>
      item === undefined ? list : list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
    this.select({ nodes: toggle(this.selected.nodes, part.node), edges: toggle(this.selected.edges, part.edge) });
  }

  setHighlight(parts: Parts): void {
    this.highlighted = parts;
    this.emit('highlight');
  }

  private finishTransient(): void {
    if (this.transientBase) this.commitTransient('move');
  }

  private setDesign(design: Design): void {
    this.current = design;
    const pruned = this.pruneSelection();
    this.emit('design');
    if (pruned) this.emit('selection');
  }

  /** Keeps the selection to parts that still exist (after a delete or an undo). */
  private pruneSelection(): boolean {
    const nodes = new Set(this.current.nodes.map((node) => node.id));
    const edges = new Set(this.current.edges.map((edge) => edgeKey(edge)));
    const kept = { nodes: this.selected.nodes.filter((id) => nodes.has(id)), edges: this.selected.edges.filter((key) => edges.has(key)) };
    if (kept.nodes.length === this.selected.nodes.length && kept.edges.length === this.selected.edges.length) return false;
    this.selected = kept;
    return true;
  }

  private emit(change: ModelChange): void {
    for (const listener of this.listeners) listener(change, this);
  }
}
