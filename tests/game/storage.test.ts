import { describe, expect, it } from 'vitest';
import { DESIGN_FORMAT } from '../../src/bridge.ts';
import { type KeyValueStore, ProgressStore, SaveSlots } from '../../src/ui/storage.ts';

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const design = { format: DESIGN_FORMAT, name: 'Orders', nodes: [{ id: 'orders', kind: 'AWS::SQS::Queue', config: { FifoQueue: true } }], edges: [] };

describe('autosave', () => {
  it('a saved design comes back as it was', () => {
    const slots = new SaveSlots(new MemoryStore());
    expect(slots.save('sandbox', design)).toEqual({ ok: true });
    expect(slots.load('sandbox')).toEqual({ design });
    expect(slots.load('level.other')).toEqual({});
  });

  it('a corrupt save is reported with where it is broken and set aside, not loaded', () => {
    const store = new MemoryStore();
    store.data.set('cloudwright.design.sandbox', '{"format":"cloudwright.design/1","nodes":[{"id":"Bad Id","kind":"AWS::SQS::Queue"}]}');
    const outcome = new SaveSlots(store).load('sandbox');
    expect(outcome.design).toBeUndefined();
    expect(outcome.problem).toMatch(/nodes\[0\]\.id/);
    expect(outcome.problem).toMatch(/cloudwright\.corrupt\.sandbox/);
    expect(store.data.has('cloudwright.design.sandbox')).toBe(false);
    expect(store.data.get('cloudwright.corrupt.sandbox')).toContain('Bad Id');
  });

  it('a full storage is reported, never silently dropped', () => {
    const store = new MemoryStore();
    store.full = true;
    const outcome = new SaveSlots(store).save('sandbox', design);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(/storage is full/);
  });
});

describe('progress', () => {
  it('keeps the best stars per level and ignores junk', () => {
    const store = new MemoryStore();
    const progress = new ProgressStore(store);
    progress.record('fifo-orders', 2);
    progress.record('fifo-orders', 1);
    expect(progress.all()).toEqual({ 'fifo-orders': { stars: 2 } });
    store.data.set('cloudwright.progress', '[not json');
    expect(progress.all()).toEqual({});
  });
});
