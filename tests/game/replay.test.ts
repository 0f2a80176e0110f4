import { describe, expect, it } from 'vitest';
import type { RequirementResult } from '../../src/bridge.ts';
import { buildReplay, frameAt, toneOf } from '../../src/game/model/replay.ts';

const requirement = (id: string, passed: boolean, trace: RequirementResult['trace']): RequirementResult => ({
  id,
  label: `label of ${id}`,
  passed,
  message: '',
  why: '',
  fix: '',
  nodes: [`${id}-node`],
  edges: [`${id}-edge`],
  ...(trace ? { trace } : {}),
});

describe('the replay timeline', () => {
  it('events are coloured by how they turned out', () => {
    expect(['processed', 'delivered'].map(toneOf)).toEqual(['ok', 'ok']);
    expect(['processingFailed', 'throttled', 'movedToDeadLetterQueue', 'visibilityTimeoutExpired', 'processedOutOfOrder', 'eventLost'].map(toneOf)).toEqual(Array(6).fill('failed'));
    expect(['received', 'invoked', 'messageSent'].map(toneOf)).toEqual(['info', 'info', 'info']);
  });

  it('merges the requirements’ traces in time order, each event once, and finds where each failure went wrong', () => {
    const shared = { t: 100, node: 'orders', event: 'received', edge: 'web->orders', message: 'm1' };
    const replay = buildReplay([
      requirement('in-order', false, [shared, { t: 300, node: 'fulfil', event: 'invoked' }, { t: 900, node: 'fulfil', event: 'processedOutOfOrder', message: 'm2' }]),
      requirement('nothing-lost', true, [shared, { t: 50, node: 'web', event: 'messageSent' }]),
      requirement('no-trace', false, undefined),
    ]);
    expect(replay?.events.map((event) => event.t)).toEqual([50, 100, 300, 900]);
    expect(replay?.startMs).toBe(50);
    expect(replay?.endMs).toBe(900);
    expect(replay?.failures).toEqual([{ requirement: 'in-order', label: 'label of in-order', t: 900, nodes: ['in-order-node'], edges: ['in-order-edge'] }]);
  });

  it('nothing traced, nothing to replay', () => {
    expect(buildReplay([requirement('a', true, [])])).toBeUndefined();
  });

  it('a frame shows the messages still travelling, part-way along their edges', () => {
    const replay = buildReplay([
      requirement('r', false, [
        { t: 0, node: 'orders', event: 'received', edge: 'web->orders' },
        { t: 50, node: 'fulfil', event: 'processingFailed', edge: 'orders->fulfil' },
        { t: 400, node: 'fulfil', event: 'processed', edge: 'orders->fulfil' },
      ]),
    ])!;
    const frame = frameAt(replay, 100, 100);
    expect(frame.pulses).toEqual([
      { edge: 'web->orders', progress: 1, tone: 'info' },
      { edge: 'orders->fulfil', progress: 0.5, tone: 'failed' },
    ]);
    expect(frame.nodes).toEqual(['orders', 'fulfil']);
    expect(frame.current?.event).toBe('processingFailed');
    expect(frameAt(replay, 300, 100)).toEqual({ pulses: [], nodes: [], current: expect.objectContaining({ event: 'processingFailed' }) });
    expect(frameAt(replay, 450, 100).pulses).toEqual([{ edge: 'orders->fulfil', progress: 0.5, tone: 'ok' }]);
  });
});
