import Phaser from 'phaser';
import type { Actor } from 'xstate';
import { allComponents, connectionOffer } from '../../bridge.ts';
import { iconUrl } from '../icons.ts';
import type { editorMachine } from '../machines/editor-machine.ts';
import { type CameraView, fitView, screenToWorld, worldToScreen, zoomAt } from '../model/camera-math.ts';
import type { EditorModel } from '../model/editor-model.ts';
import { edgeSegments, handlePoint, hitTest, type Point } from '../model/geometry.ts';
import type { Pulse } from '../model/replay.ts';
import { THEME } from '../theme.ts';
import { EdgeLayer } from '../views/edge-layer.ts';
import { GridLayer } from '../views/grid-layer.ts';
import { type NodeFlag, NodeView } from '../views/node-view.ts';

export interface CanvasDeps {
  model: EditorModel;
  editor: Actor<typeof editorMachine>;
}

/** Screen pixels around an edge or handle that still count as a hit. */
const HIT_TOLERANCE = 8;

/**
 * Draws the model and turns pointer input into editor events. It holds no design state of its
 * own: every change goes through the editor machine and the model, and comes back as a redraw.
 */
export class CanvasScene extends Phaser.Scene {
  private deps!: CanvasDeps;
  private grid!: GridLayer;
  private edges!: EdgeLayer;
  private overlay!: Phaser.GameObjects.Graphics;
  private readonly nodeViews = new Map<string, NodeView>();
  private flags: ReadonlyMap<string, NodeFlag> = new Map();
  private pulses: readonly Pulse[] = [];
  private dirty = true;
  private onReady?: () => void;

  constructor(deps: CanvasDeps, onReady?: () => void) {
    super({ key: 'canvas' });
    this.deps = deps;
    this.onReady = onReady;
  }

  preload(): void {
    for (const icon of new Set(allComponents().map((component) => component.icon))) {
      const url = iconUrl(icon);
      if (url) this.load.svg(`icon:${icon}`, url, { width: 96, height: 96 });
    }
  }

  create(): void {
    this.cameras.main.setBackgroundColor(THEME.background);
    this.grid = new GridLayer(this);
    this.edges = new EdgeLayer(this);
    this.overlay = this.add.graphics().setDepth(10);
    const unsubscribe = this.deps.model.subscribe(() => {
      this.dirty = true;
    });
    const panning = this.deps.editor.on('pan', ({ dx, dy }) => {
      const camera = this.cameras.main;
      camera.scrollX -= dx / camera.zoom;
      camera.scrollY -= dy / camera.zoom;
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      panning.unsubscribe();
    });
    this.bindPointer();
    this.fitToDesign();
    this.onReady?.();
  }

  override update(): void {
    const camera = this.cameras.main;
    this.grid.draw(camera.worldView, camera.zoom);
    if (this.dirty) {
      this.dirty = false;
      this.sync();
    }
    this.drawOverlay();
  }

  /** Where a node's centre (or its connection handle) is on the page, for tests and tooltips. */
  screenPosition(nodeId: string, part?: 'handle'): Point | undefined {
    const node = this.deps.model.design.nodes.find((candidate) => candidate.id === nodeId);
    if (!node) return undefined;
    const world = part === 'handle' ? handlePoint(node) : (node.position ?? { x: 0, y: 0 });
    const local = worldToScreen(this.view(), world);
    const rect = this.game.canvas.getBoundingClientRect();
    return { x: rect.left + local.x, y: rect.top + local.y };
  }

  /** The world point under a page position, or undefined when it is outside the canvas. */
  worldAtPage(pageX: number, pageY: number): Point | undefined {
    const rect = this.game.canvas.getBoundingClientRect();
    if (pageX < rect.left || pageX > rect.right || pageY < rect.top || pageY > rect.bottom) return undefined;
    return screenToWorld(this.view(), { x: pageX - rect.left, y: pageY - rect.top });
  }

  /** The world point at the middle of the visible canvas. */
  centreWorld(): Point {
    const camera = this.cameras.main;
    return screenToWorld(this.view(), { x: camera.width / 2, y: camera.height / 2 });
  }

  /** Marks nodes named by live findings (the sandbox): errors win over warnings. */
  setFlags(findings: ReadonlyArray<{ severity: string; nodes: readonly string[] }>): void {
    const flags = new Map<string, NodeFlag>();
    for (const finding of findings) {
      if (finding.severity !== 'error' && finding.severity !== 'warning') continue;
      for (const node of finding.nodes) if (flags.get(node) !== 'error') flags.set(node, finding.severity);
    }
    this.flags = flags;
    this.dirty = true;
  }

  fitToDesign(): void {
    const points = this.deps.model.design.nodes.map((node) => node.position ?? { x: 0, y: 0 });
    this.applyView(fitView(this.view(), points));
  }

  zoomBy(factor: number): void {
    const camera = this.cameras.main;
    this.applyView(zoomAt(this.view(), { x: camera.width / 2, y: camera.height / 2 }, camera.zoom * factor));
  }

  private view(): CameraView {
    const camera = this.cameras.main;
    return { scrollX: camera.scrollX, scrollY: camera.scrollY, zoom: camera.zoom, width: camera.width, height: camera.height };
  }

  private applyView(view: CameraView): void {
    const camera = this.cameras.main;
    camera.setZoom(view.zoom);
    camera.setScroll(view.scrollX, view.scrollY);
  }

  private bindPointer(): void {
    const { editor } = this.deps;
    // The right button pans; the browser's menu would get in the way.
    this.input.mouse?.disableContextMenu();
    const fields = (pointer: Phaser.Input.Pointer) => {
      const screen = { x: pointer.x, y: pointer.y };
      const world = screenToWorld(this.view(), screen);
      return { screen, world, target: hitTest(this.deps.model.design, world, HIT_TOLERANCE / this.cameras.main.zoom) };
    };
    this.input.on('pointerdown', (pointer: Phaser.Input.Pointer) => {
      const hit = fields(pointer);
      // Middle and right buttons always pan, whatever is under them.
      if (pointer.button !== 0) hit.target = { type: 'canvas' };
      editor.send({ type: 'pointer.down', ...hit, shift: pointer.event?.shiftKey ?? false });
    });
    this.input.on('pointermove', (pointer: Phaser.Input.Pointer) => {
      const hit = fields(pointer);
      if (pointer.isDown) editor.send({ type: 'pointer.move', ...hit });
      this.game.canvas.style.cursor = cursorFor(hit.target.type, editor.getSnapshot().value as string);
    });
    const release = (pointer: Phaser.Input.Pointer) => editor.send({ type: 'pointer.up', ...fields(pointer) });
    this.input.on('pointerup', release);
    this.input.on('pointerupoutside', release);
    this.input.on('wheel', (pointer: Phaser.Input.Pointer, _objects: unknown, _dx: number, dy: number) => {
      this.applyView(zoomAt(this.view(), { x: pointer.x, y: pointer.y }, this.cameras.main.zoom * (dy > 0 ? 0.9 : 1.1)));
    });
  }

  private sync(): void {
    const { design, selection, highlight } = this.deps.model;
    const present = new Set<string>();
    const selectedNodes = new Set(selection.nodes);
    const highlightedNodes = new Set(highlight.nodes);
    design.nodes.forEach((node, index) => {
      present.add(node.id);
      let view = this.nodeViews.get(node.id);
      if (!view) {
        view = new NodeView(this, node);
        this.nodeViews.set(node.id, view);
      } else view.update(node);
      const depth = 3 + index / 10_000;
      if (view.depth !== depth) view.setDepth(depth);
      view.setMark(highlightedNodes.has(node.id) ? 'highlighted' : selectedNodes.has(node.id) ? 'selected' : 'none', this.flags.get(node.id));
    });
    for (const [id, view] of this.nodeViews) {
      if (present.has(id)) continue;
      view.destroy();
      this.nodeViews.delete(id);
    }
    this.edges.draw(design, { selected: new Set(selection.edges), highlighted: new Set(highlight.edges) });
  }

  /** Messages of a replay, drawn part-way along their edges until the next call. */
  setPulses(pulses: readonly Pulse[]): void {
    this.pulses = pulses;
  }

  private drawOverlay(): void {
    const g = this.overlay.clear();
    if (this.pulses.length > 0) {
      const segments = edgeSegments(this.deps.model.design);
      const colours = { ok: THEME.pulseOk, failed: THEME.pulseFailed, info: THEME.pulseInfo };
      for (const pulse of this.pulses) {
        const segment = segments.get(pulse.edge);
        if (!segment) continue;
        const x = segment.start.x + (segment.end.x - segment.start.x) * pulse.progress;
        const y = segment.start.y + (segment.end.y - segment.start.y) * pulse.progress;
        g.fillStyle(colours[pulse.tone], 1).fillCircle(x, y, 7);
        g.lineStyle(2, THEME.background, 1).strokeCircle(x, y, 7);
      }
    }
    const { context } = this.deps.editor.getSnapshot();
    if (context.connectFrom && context.connectPoint) {
      const from = this.deps.model.design.nodes.find((node) => node.id === context.connectFrom);
      if (from) {
        const start = handlePoint(from);
        // Over a node, the line says at once whether AWS offers that connection.
        const over = hitTest(this.deps.model.design, context.connectPoint);
        const target = over.type === 'node' || over.type === 'handle' ? this.deps.model.design.nodes.find((node) => node.id === over.id) : undefined;
        const refused = target && target.id !== from.id && !connectionOffer(from.kind, target.kind).allowed;
        const colour = refused ? THEME.highlight : THEME.preview;
        g.lineStyle(3, colour, 1).lineBetween(start.x, start.y, context.connectPoint.x, context.connectPoint.y);
        g.fillStyle(colour, 1).fillCircle(context.connectPoint.x, context.connectPoint.y, 5);
      }
    }
    if (context.marquee) {
      const { x, y, width, height } = context.marquee;
      g.fillStyle(THEME.marqueeFill, 0.12).fillRect(x, y, width, height);
      g.lineStyle(1 / this.cameras.main.zoom, THEME.selected, 1).strokeRect(x, y, width, height);
    }
  }
}

function cursorFor(target: string, state: string): string {
  if (state === 'panning') return 'grabbing';
  if (state === 'connecting' || target === 'handle') return 'crosshair';
  if (target === 'node' || target === 'edge') return 'pointer';
  return 'grab';
}
