import { describe, expect, it } from 'vitest';
import { DESIGN_FORMAT } from '../../src/bridge.ts';
import { fitView, screenToWorld, worldToScreen, zoomAt } from '../../src/game/model/camera-math.ts';
import { edgeSegments, handlePoint, hitTest, NODE_WIDTH, snapToGrid } from '../../src/game/model/geometry.ts';
import { withPositions } from '../../src/game/model/layout.ts';

const design = {
  format: DESIGN_FORMAT,
  nodes: [
    { id: 'a', kind: 'AWS::SQS::Queue', position: { x: 0, y: 0 } },
    { id: 'b', kind: 'AWS::Lambda::Function', position: { x: 400, y: 0 } },
  ],
  edges: [{ from: 'a', to: 'b' }],
};

describe('hit testing', () => {
  it('finds the handle before the node, the node, the edge, or nothing', () => {
    expect(hitTest(design, handlePoint(design.nodes[0]!))).toEqual({ type: 'handle', id: 'a' });
    expect(hitTest(design, { x: 10, y: 10 })).toEqual({ type: 'node', id: 'a' });
    expect(hitTest(design, { x: 200, y: 4 })).toEqual({ type: 'edge', key: 'a->b' });
    expect(hitTest(design, { x: 200, y: 40 })).toEqual({ type: 'canvas' });
    expect(NODE_WIDTH / 2).toBe(handlePoint(design.nodes[0]!).x);
  });

  it('spreads edges between the same two nodes apart, so each can be seen and clicked', () => {
    const both = { ...design, edges: [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }] };
    const segments = edgeSegments(both);
    const there = segments.get('a->b')!;
    const back = segments.get('b->a')!;
    expect(there.start.y).not.toBe(back.end.y);
    expect(hitTest(both, { x: 200, y: there.start.y })).toEqual({ type: 'edge', key: 'a->b' });
    expect(hitTest(both, { x: 200, y: back.start.y })).toEqual({ type: 'edge', key: 'b->a' });
    expect(edgeSegments(design).get('a->b')).toEqual({ start: { x: 66, y: 0 }, end: { x: 334, y: 0 } });
  });

  it('snaps to the 20-unit grid', () => {
    expect(snapToGrid({ x: 29, y: -11 })).toEqual({ x: 20, y: -20 });
  });
});

describe('camera maths', () => {
  const camera = { scrollX: 100, scrollY: -50, zoom: 1.5, width: 800, height: 600 };

  it('screen and world conversions invert each other', () => {
    const world = { x: 321, y: 123 };
    const back = screenToWorld(camera, worldToScreen(camera, world));
    expect(back.x).toBeCloseTo(world.x);
    expect(back.y).toBeCloseTo(world.y);
  });

  it('zooming keeps the point under the pointer in place, within the zoom limits', () => {
    const pointer = { x: 200, y: 150 };
    const before = screenToWorld(camera, pointer);
    const zoomed = zoomAt(camera, pointer, 0.7);
    const after = screenToWorld(zoomed, pointer);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
    expect(zoomAt(camera, pointer, 100).zoom).toBe(2);
  });

  it('fits every node in view', () => {
    const view = fitView(camera, [{ x: -1000, y: 0 }, { x: 1000, y: 500 }]);
    const left = worldToScreen(view, { x: -1000, y: 0 });
    const right = worldToScreen(view, { x: 1000, y: 500 });
    expect(left.x).toBeGreaterThanOrEqual(0);
    expect(right.x).toBeLessThanOrEqual(800);
    expect(view.zoom).toBeLessThan(1);
  });
});

describe('layout of designs without positions', () => {
  it('places downstream nodes to the right and keeps given positions', () => {
    const laid = withPositions({
      format: DESIGN_FORMAT,
      nodes: [
        { id: 'fn', kind: 'AWS::Lambda::Function' },
        { id: 'client', kind: 'Actor::Client', position: { x: 7, y: 9 } },
        { id: 'queue', kind: 'AWS::SQS::Queue' },
      ],
      edges: [
        { from: 'client', to: 'queue' },
        { from: 'queue', to: 'fn' },
      ],
    });
    const at = (id: string) => laid.nodes.find((node) => node.id === id)!.position!;
    expect(at('client')).toEqual({ x: 7, y: 9 });
    expect(at('fn').x).toBeGreaterThan(at('queue').x);
  });
});
