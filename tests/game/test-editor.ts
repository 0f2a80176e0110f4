import { createActor } from 'xstate';
import type { Design } from '../../src/bridge.ts';
import { DESIGN_FORMAT } from '../../src/bridge.ts';
import type { EditorEmitted } from '../../src/game/machines/editor-events.ts';
import { editorMachine } from '../../src/game/machines/editor-machine.ts';
import { EditorModel } from '../../src/game/model/editor-model.ts';
import { handlePoint, hitTest, type Point } from '../../src/game/model/geometry.ts';

/**
 * Drives the editor like a pointer would, without Phaser (tldraw's TestEditor idea): the
 * screen is the world at zoom 1, and each event's target comes from the same hit test the
 * canvas uses.
 */
export class TestEditor {
  readonly model: EditorModel;
  readonly actor;
  readonly emitted: EditorEmitted[] = [];

  constructor(design: Partial<Design> = {}) {
    this.model = new EditorModel({ format: DESIGN_FORMAT, nodes: [], edges: [], ...design });
    this.actor = createActor(editorMachine, { input: { model: this.model } });
    for (const type of ['refused', 'chooseRole', 'pan'] as const) {
      this.actor.on(type, (event) => this.emitted.push(event as EditorEmitted));
    }
    this.actor.start();
  }

  get state(): string {
    return String(this.actor.getSnapshot().value);
  }

  get design(): Design {
    return this.model.design;
  }

  private fields(point: Point) {
    return { world: point, screen: point, target: hitTest(this.model.design, point) };
  }

  down(point: Point, shift = false): this {
    this.actor.send({ type: 'pointer.down', ...this.fields(point), shift });
    return this;
  }

  move(point: Point): this {
    this.actor.send({ type: 'pointer.move', ...this.fields(point) });
    return this;
  }

  up(point: Point): this {
    this.actor.send({ type: 'pointer.up', ...this.fields(point) });
    return this;
  }

  drag(from: Point, to: Point, shift = false): this {
    this.down(from, shift);
    const steps = 4;
    for (let i = 1; i <= steps; i++) this.move({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
    return this.up(to);
  }

  place(kind: string, at: Point): string {
    this.actor.send({ type: 'palette.drop', kind, world: at });
    return this.model.design.nodes.at(-1)!.id;
  }

  centre(id: string): Point {
    return this.node(id).position!;
  }

  handle(id: string): Point {
    return handlePoint(this.node(id));
  }

  connect(from: string, to: string): this {
    return this.drag(this.handle(from), this.centre(to));
  }

  node(id: string) {
    const node = this.model.design.nodes.find((candidate) => candidate.id === id);
    if (!node) throw new Error(`no node ${id}`);
    return node;
  }

  send(event: Parameters<typeof this.actor.send>[0]): this {
    this.actor.send(event);
    return this;
  }
}
