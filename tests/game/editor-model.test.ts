import { describe, expect, it } from 'vitest';
import { DESIGN_FORMAT } from '../../src/bridge.ts';
import { connect, nextNodeId, removeParts, setEdgeRole, setNodeConfig, setNodeLabel } from '../../src/game/model/design-ops.ts';
import { EditorModel } from '../../src/game/model/editor-model.ts';

const empty = { format: DESIGN_FORMAT, nodes: [], edges: [] } as const;

describe('the editing model', () => {
  it('every action is one undo step, and redo replays it', () => {
    const model = new EditorModel({ ...empty, nodes: [], edges: [] });
    model.run('addNode', { node: { id: 'orders', kind: 'AWS::SQS::Queue', position: { x: 0, y: 0 } } });
    model.run('setNodeConfig', { id: 'orders', key: 'FifoQueue', value: true });
    expect(model.undoLabel).toBe('set orders.FifoQueue');
    model.undo();
    expect(model.design.nodes[0]!.config).toBeUndefined();
    model.undo();
    expect(model.design.nodes).toEqual([]);
    expect(model.canUndo).toBe(false);
    model.redo();
    model.redo();
    expect(model.design.nodes[0]!.config).toEqual({ FifoQueue: true });
    expect(model.canRedo).toBe(false);
  });

  it('an edit that changes nothing leaves no undo step, and a new edit clears redo', () => {
    const model = new EditorModel({ ...empty, nodes: [{ id: 'a', kind: 'AWS::SQS::Queue' }], edges: [] });
    expect(model.run('moveNodes', { ids: ['a'], delta: { x: 0, y: 0 } })).toBe(false);
    expect(model.canUndo).toBe(false);
    model.run('setNodeConfig', { id: 'a', key: 'DelaySeconds', value: 5 });
    model.undo();
    expect(model.canRedo).toBe(true);
    model.run('setNodeConfig', { id: 'a', key: 'DelaySeconds', value: 6 });
    expect(model.canRedo).toBe(false);
  });

  it('drops deleted parts from the selection and tells listeners', () => {
    const model = new EditorModel({ ...empty, nodes: [{ id: 'a', kind: 'AWS::SQS::Queue' }, { id: 'b', kind: 'AWS::Lambda::Function' }], edges: [{ from: 'a', to: 'b' }] });
    const changes: string[] = [];
    model.subscribe((change) => {
      changes.push(change);
    });
    model.select({ nodes: ['a'], edges: ['a->b'] });
    model.run('removeParts', { nodes: ['a'], edges: [] });
    expect(model.selection).toEqual({ nodes: [], edges: [] });
    expect(changes).toEqual(['selection', 'design', 'selection']);
    expect(model.design.edges).toEqual([]);
  });

  it('a previewed gesture becomes one undo step when committed, and nothing when cancelled', () => {
    const model = new EditorModel({ ...empty, nodes: [{ id: 'a', kind: 'AWS::SQS::Queue', position: { x: 0, y: 0 } }], edges: [] });
    for (let x = 1; x <= 5; x++) model.preview('moveNodes', { ids: ['a'], delta: { x: x * 10, y: 0 } });
    expect(model.design.nodes[0]!.position).toEqual({ x: 50, y: 0 });
    model.commitTransient('move a');
    model.undo();
    expect(model.design.nodes[0]!.position).toEqual({ x: 0, y: 0 });
    model.preview('moveNodes', { ids: ['a'], delta: { x: 99, y: 0 } });
    model.cancelTransient();
    expect(model.design.nodes[0]!.position).toEqual({ x: 0, y: 0 });
    expect(model.canUndo).toBe(false);
  });

  it('selecting a part ends the highlight of a finding', () => {
    const model = new EditorModel({ ...empty, nodes: [{ id: 'a', kind: 'AWS::SQS::Queue' }], edges: [] });
    model.setHighlight({ nodes: ['a'], edges: [] });
    model.select({ nodes: [], edges: [] });
    expect(model.highlight.nodes).toEqual(['a']);
    model.select({ nodes: ['a'], edges: [] });
    expect(model.highlight).toEqual({ nodes: [], edges: [] });
  });

  it('reset starts a new history', () => {
    const model = new EditorModel({ ...empty, nodes: [], edges: [] });
    model.run('addNode', { node: { id: 'a', kind: 'AWS::SQS::Queue' } });
    model.reset({ ...empty, nodes: [], edges: [] });
    expect(model.canUndo).toBe(false);
  });
});

describe('design edits', () => {
  const design = {
    ...empty,
    nodes: [
      { id: 'fn', kind: 'AWS::Lambda::Function' },
      { id: 'queue', kind: 'AWS::SQS::Queue' },
    ],
    edges: [],
  };

  it('names new nodes from the kind label, skipping ids in use', () => {
    expect(nextNodeId(design, 'AWS::Lambda::Function')).toBe('lambda-function');
    expect(nextNodeId({ ...design, nodes: [{ id: 'lambda-function', kind: 'AWS::Lambda::Function' }] }, 'AWS::Lambda::Function')).toBe('lambda-function-2');
  });

  it('a second edge between the same pair gets an id so edge names stay unique', () => {
    const once = connect(design, 'fn', 'queue', undefined);
    const twice = connect(once, 'fn', 'queue', 'on-failure');
    expect(twice.edges).toEqual([{ from: 'fn', to: 'queue' }, { id: 'fn-on-failure', from: 'fn', to: 'queue', role: 'on-failure' }]);
    expect(connect(twice, 'fn', 'queue', 'on-failure')).toBe(twice);
  });

  it('removing a node removes the edges touching it', () => {
    const linked = connect(design, 'fn', 'queue', undefined);
    expect(removeParts(linked, ['queue'], []).edges).toEqual([]);
    expect(removeParts(linked, [], ['fn->queue']).nodes).toHaveLength(2);
  });

  it('changing an edge’s role drops the old role’s settings; clearing a key restores the default', () => {
    const linked = { ...design, edges: [{ from: 'queue', to: 'fn', config: { BatchSize: 1 } }] };
    expect(setEdgeRole(linked, 'queue->fn', 'dead-letter').edges[0]).toEqual({ from: 'queue', to: 'fn', role: 'dead-letter' });
    const set = setNodeConfig(design, 'queue', 'FifoQueue', true);
    expect(setNodeConfig(set, 'queue', 'FifoQueue', undefined).nodes[1]!.config).toBeUndefined();
  });

  it('a label shows instead of the id; an empty one removes it', () => {
    const labelled = setNodeLabel(design, 'queue', 'Orders');
    expect(labelled.nodes[1]).toEqual({ id: 'queue', kind: 'AWS::SQS::Queue', label: 'Orders' });
    expect(setNodeLabel(labelled, 'queue', undefined).nodes[1]).toEqual({ id: 'queue', kind: 'AWS::SQS::Queue' });
  });
});
