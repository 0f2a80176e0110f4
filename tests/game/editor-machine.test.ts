import { describe, expect, it } from 'vitest';
import { explainRefusal } from '../../src/bridge.ts';
import { GRID } from '../../src/game/model/geometry.ts';
import { TestEditor } from './test-editor.ts';

describe('placing components', () => {
  it('drops a component from the palette snapped to the grid, selected, with a readable id', () => {
    const editor = new TestEditor();
    const id = editor.place('AWS::SQS::Queue', { x: 103, y: 208 });
    expect(id).toBe('sqs-queue');
    expect(editor.node(id)).toMatchObject({ kind: 'AWS::SQS::Queue', position: { x: 100, y: 200 } });
    expect(editor.model.selection.nodes).toEqual([id]);
    expect(editor.place('AWS::SQS::Queue', { x: 400, y: 200 })).toBe('sqs-queue-2');
  });

  it('ignores a kind the catalog does not have', () => {
    const editor = new TestEditor();
    editor.send({ type: 'palette.drop', kind: 'AWS::Made::Up', world: { x: 0, y: 0 } });
    expect(editor.design.nodes).toEqual([]);
  });
});

describe('selecting and dragging', () => {
  it('a click selects a node; shift-click adds another; a click on the background clears', () => {
    const editor = new TestEditor();
    const a = editor.place('AWS::SQS::Queue', { x: 100, y: 100 });
    const b = editor.place('AWS::Lambda::Function', { x: 400, y: 100 });
    editor.down(editor.centre(a)).up(editor.centre(a));
    expect(editor.model.selection.nodes).toEqual([a]);
    editor.down(editor.centre(b), true).up(editor.centre(b));
    expect(editor.model.selection.nodes).toEqual([a, b]);
    editor.down({ x: 900, y: 900 }).up({ x: 900, y: 900 });
    expect(editor.model.selection.nodes).toEqual([]);
    expect(editor.state).toBe('idle');
  });

  it('drags the whole selection, snaps it, and undoes the drag in one step', () => {
    const editor = new TestEditor();
    const a = editor.place('AWS::SQS::Queue', { x: 100, y: 100 });
    const b = editor.place('AWS::Lambda::Function', { x: 400, y: 100 });
    editor.down(editor.centre(a), true).up(editor.centre(a));
    editor.down({ x: 100, y: 100 });
    editor.move({ x: 150, y: 133 });
    expect(editor.state).toBe('draggingNodes');
    editor.up({ x: 153, y: 133 });
    expect(editor.node(a).position).toEqual({ x: 160, y: 140 });
    expect(editor.node(b).position).toEqual({ x: 460, y: 140 });
    editor.send({ type: 'undo' });
    expect(editor.node(a).position).toEqual({ x: 100, y: 100 });
    expect(editor.node(b).position).toEqual({ x: 400, y: 100 });
  });

  it('a press that barely moves is a click, not a drag', () => {
    const editor = new TestEditor();
    const a = editor.place('AWS::SQS::Queue', { x: 100, y: 100 });
    editor.down({ x: 100, y: 100 }).move({ x: 102, y: 101 });
    expect(editor.state).toBe('pointingNode');
    editor.up({ x: 102, y: 101 });
    expect(editor.node(a).position).toEqual({ x: 100, y: 100 });
    expect(editor.model.canUndo).toBe(true);
    editor.send({ type: 'undo' });
    expect(editor.design.nodes).toEqual([]);
  });

  it('Escape during a drag puts the nodes back', () => {
    const editor = new TestEditor();
    const a = editor.place('AWS::SQS::Queue', { x: 100, y: 100 });
    editor.down({ x: 100, y: 100 }).move({ x: 300, y: 300 });
    expect(editor.node(a).position).toEqual({ x: 300, y: 300 });
    editor.send({ type: 'cancel' });
    expect(editor.node(a).position).toEqual({ x: 100, y: 100 });
    expect(editor.state).toBe('idle');
  });

  it('shift-dragging the background selects the nodes inside the box', () => {
    const editor = new TestEditor();
    const a = editor.place('AWS::SQS::Queue', { x: 100, y: 100 });
    const b = editor.place('AWS::SQS::Queue', { x: 300, y: 100 });
    editor.place('AWS::SQS::Queue', { x: 900, y: 900 });
    editor.down({ x: 0, y: 0 }, true).move({ x: 380, y: 200 });
    expect(editor.state).toBe('brushing');
    expect(editor.actor.getSnapshot().context.marquee).toEqual({ x: 0, y: 0, width: 380, height: 200 });
    editor.up({ x: 380, y: 200 });
    expect(editor.model.selection.nodes).toEqual([a, b]);
    expect(editor.actor.getSnapshot().context.marquee).toBeUndefined();
  });

  it('dragging the background pans by the pointer movement', () => {
    const editor = new TestEditor();
    editor.drag({ x: 500, y: 500 }, { x: 540, y: 470 });
    const pans = editor.emitted.filter((event) => event.type === 'pan');
    expect(pans.length).toBeGreaterThan(0);
    const total = pans.reduce((sum, event) => ({ x: sum.x + (event as { dx: number }).dx, y: sum.y + (event as { dy: number }).dy }), { x: 0, y: 0 });
    expect(total).toEqual({ x: 40, y: -30 });
  });
});

describe('connecting', () => {
  it('connects two nodes by dragging from the handle, with the only role AWS offers', () => {
    const editor = new TestEditor();
    const queue = editor.place('AWS::SQS::Queue', { x: 100, y: 100 });
    const dlq = editor.place('AWS::SQS::Queue', { x: 100, y: 400 });
    const fn = editor.place('AWS::Lambda::Function', { x: 400, y: 100 });
    editor.connect(queue, fn);
    editor.connect(queue, dlq);
    expect(editor.design.edges).toEqual([
      { from: queue, to: fn },
      { from: queue, to: dlq, role: 'dead-letter' },
    ]);
    expect(editor.model.selection.edges).toEqual([`${queue}->${dlq}`]);
    expect(editor.state).toBe('idle');
  });

  it('refuses a connection AWS does not offer, with the rule’s reason, and adds nothing', () => {
    const editor = new TestEditor();
    const fn = editor.place('AWS::Lambda::Function', { x: 100, y: 100 });
    const client = editor.place('Actor::Client', { x: 400, y: 100 });
    editor.connect(fn, client);
    expect(editor.design.edges).toEqual([]);
    const refusal = editor.emitted.find((event) => event.type === 'refused');
    expect(refusal).toEqual({ type: 'refused', from: fn, to: client, ...explainRefusal('AWS::Lambda::Function', 'Actor::Client', undefined) });
    expect(refusal && 'why' in refusal && refusal.why).toMatch(/other way/);
  });

  it('asks which relation is meant when AWS offers several, and uses the one chosen', () => {
    const editor = new TestEditor();
    const fn = editor.place('AWS::Lambda::Function', { x: 100, y: 100 });
    const queue = editor.place('AWS::SQS::Queue', { x: 400, y: 100 });
    editor.connect(fn, queue);
    expect(editor.state).toBe('choosingRole');
    const choice = editor.emitted.find((event) => event.type === 'chooseRole');
    const roles = choice && 'options' in choice ? choice.options.map((option) => option.role ?? 'none') : [];
    expect(roles).toEqual(expect.arrayContaining(['none', 'dead-letter', 'on-failure']));
    editor.send({ type: 'role.chosen', role: 'on-failure' });
    expect(editor.design.edges).toEqual([{ from: fn, to: queue, role: 'on-failure' }]);
  });

  it('Escape while choosing a role adds nothing', () => {
    const editor = new TestEditor();
    const fn = editor.place('AWS::Lambda::Function', { x: 100, y: 100 });
    const queue = editor.place('AWS::SQS::Queue', { x: 400, y: 100 });
    editor.connect(fn, queue).send({ type: 'cancel' });
    expect(editor.state).toBe('idle');
    expect(editor.design.edges).toEqual([]);
  });

  it('releasing over empty canvas or the same node draws no edge', () => {
    const editor = new TestEditor();
    const queue = editor.place('AWS::SQS::Queue', { x: 100, y: 100 });
    editor.drag(editor.handle(queue), { x: 700, y: 700 });
    editor.drag(editor.handle(queue), editor.centre(queue));
    expect(editor.design.edges).toEqual([]);
    expect(editor.actor.getSnapshot().context.connectFrom).toBeUndefined();
  });

  it('clicking an edge selects it and Delete removes it', () => {
    const editor = new TestEditor();
    const queue = editor.place('AWS::SQS::Queue', { x: 100, y: 100 });
    const fn = editor.place('AWS::Lambda::Function', { x: 500, y: 100 });
    editor.connect(queue, fn);
    editor.down({ x: 300, y: 100 }).up({ x: 300, y: 100 });
    expect(editor.model.selection).toEqual({ nodes: [], edges: [`${queue}->${fn}`] });
    editor.send({ type: 'delete' });
    expect(editor.design.edges).toEqual([]);
    expect(editor.design.nodes).toHaveLength(2);
  });
});

describe('keyboard edits', () => {
  it('Delete removes selected nodes with their edges; undo brings both back; redo removes again', () => {
    const editor = new TestEditor();
    const queue = editor.place('AWS::SQS::Queue', { x: 100, y: 100 });
    const fn = editor.place('AWS::Lambda::Function', { x: 400, y: 100 });
    editor.connect(queue, fn);
    editor.down(editor.centre(queue)).up(editor.centre(queue)).send({ type: 'delete' });
    expect(editor.design.nodes.map((node) => node.id)).toEqual([fn]);
    expect(editor.design.edges).toEqual([]);
    editor.send({ type: 'undo' });
    expect(editor.design.nodes).toHaveLength(2);
    expect(editor.design.edges).toHaveLength(1);
    editor.send({ type: 'redo' });
    expect(editor.design.nodes).toHaveLength(1);
  });

  it('arrow keys nudge the selection by the grid, one undo step each', () => {
    const editor = new TestEditor();
    const queue = editor.place('AWS::SQS::Queue', { x: 100, y: 100 });
    editor.send({ type: 'nudge', dx: GRID, dy: 0 }).send({ type: 'nudge', dx: 0, dy: -GRID });
    expect(editor.node(queue).position).toEqual({ x: 100 + GRID, y: 100 - GRID });
    editor.send({ type: 'undo' });
    expect(editor.node(queue).position).toEqual({ x: 100 + GRID, y: 100 });
  });
});
