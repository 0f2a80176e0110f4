import { describe, expect, it } from 'vitest';
import { explainRefusal } from '../../src/bridge.ts';
import { TestEditor } from './test-editor.ts';

describe('connecting from the keyboard', () => {
  it('connects two nodes with the same checks as a drawn connection', () => {
    const editor = new TestEditor();
    const queue = editor.place('AWS::SQS::Queue', { x: 100, y: 100 });
    const fn = editor.place('AWS::Lambda::Function', { x: 400, y: 100 });
    editor.send({ type: 'connect', from: queue, to: fn });
    expect(editor.design.edges).toEqual([{ from: queue, to: fn }]);
    expect(editor.state).toBe('idle');
  });

  it('a connection AWS does not offer is refused with its reason', () => {
    const editor = new TestEditor();
    const fn = editor.place('AWS::Lambda::Function', { x: 100, y: 100 });
    const client = editor.place('Actor::Client', { x: 400, y: 100 });
    editor.send({ type: 'connect', from: fn, to: client });
    expect(editor.design.edges).toEqual([]);
    expect(editor.emitted).toContainEqual({ type: 'refused', from: fn, to: client, ...explainRefusal('AWS::Lambda::Function', 'Actor::Client', undefined) });
  });

  it('where AWS offers several relations, the player chooses one', () => {
    const editor = new TestEditor();
    const fn = editor.place('AWS::Lambda::Function', { x: 100, y: 100 });
    const queue = editor.place('AWS::SQS::Queue', { x: 400, y: 100 });
    editor.send({ type: 'connect', from: fn, to: queue });
    expect(editor.state).toBe('choosingRole');
    expect(editor.emitted.find((event) => event.type === 'chooseRole')).toMatchObject({ from: fn, to: queue });
    editor.send({ type: 'role.chosen', role: 'on-failure' });
    expect(editor.design.edges).toEqual([{ from: fn, to: queue, role: 'on-failure' }]);
  });

  it('ignores a connection to itself or to a node that is not there', () => {
    const editor = new TestEditor();
    const queue = editor.place('AWS::SQS::Queue', { x: 100, y: 100 });
    editor.send({ type: 'connect', from: queue, to: queue });
    editor.send({ type: 'connect', from: queue, to: 'nowhere' });
    expect(editor.design.edges).toEqual([]);
    expect(editor.state).toBe('idle');
  });
});
