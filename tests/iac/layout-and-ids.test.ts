import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DesignNode } from '../../src/design/schema.ts';
import { NodeId } from '../../src/design/versions/v1.ts';
import { LAYOUT, layOut } from '../../src/iac/import/layout.ts';
import { logicalIdFor, NameAllocator, nodeIdFor } from '../../src/iac/logical-ids.ts';

describe('logical ids and node ids', () => {
  it('orders-dlq ↔ OrdersDlq', () => {
    expect(logicalIdFor('orders-dlq')).toBe('OrdersDlq');
    expect(nodeIdFor('OrdersDlq')).toBe('orders-dlq');
    expect(nodeIdFor('APIGatewayRestApi')).toBe('api-gateway-rest-api');
  });

  it('any logical id becomes a valid node id, and any node id an alphanumeric logical id', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,255}$/), (logicalId) => NodeId.safeParse(nodeIdFor(logicalId)).success));
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,62}$/), (id) => /^[A-Za-z0-9]+$/.test(logicalIdFor(id))));
  });

  it('names that would collide are numbered', () => {
    const names = new NameAllocator();
    expect([names.allocate('AB'), names.allocate('AB'), names.allocate('AB')]).toEqual(['AB', 'AB2', 'AB3']);
  });
});

describe('layout of an imported design', () => {
  const node = (id: string): DesignNode => ({ id, kind: 'AWS::SQS::Queue' });

  it('columns follow the flow of edges, rows the order of nodes', () => {
    const placed = layOut([node('c'), node('a'), node('b'), node('d')], [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'a', to: 'd' },
    ]);
    const at = Object.fromEntries(placed.map((n) => [n.id, n.position]));
    expect(at.a).toEqual({ x: LAYOUT.left, y: LAYOUT.top });
    expect(at.b).toEqual({ x: LAYOUT.left + LAYOUT.columnGap, y: LAYOUT.top });
    expect(at.d).toEqual({ x: LAYOUT.left + LAYOUT.columnGap, y: LAYOUT.top + LAYOUT.rowGap });
    expect(at.c).toEqual({ x: LAYOUT.left + 2 * LAYOUT.columnGap, y: LAYOUT.top });
  });

  it('a loop does not stop it, and a node with a position keeps it', () => {
    const placed = layOut([{ ...node('a'), position: { x: 5, y: 5 } }, node('b')], [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'a' },
    ]);
    expect(placed[0]?.position).toEqual({ x: 5, y: 5 });
    expect(placed[1]?.position).toBeDefined();
  });

  it('is deterministic', () => {
    const nodes = [node('x'), node('y'), node('z')];
    const edges = [{ from: 'x', to: 'z' }];
    expect(layOut(nodes, edges)).toEqual(layOut(nodes, edges));
  });
});
