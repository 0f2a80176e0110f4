import { describe, expect, it } from 'vitest';
import { AuthorStore } from '../../src/ui/author/author-store.ts';
import { emptyWork } from '../../src/ui/author/author-work.ts';
import type { KeyValueStore } from '../../src/ui/storage.ts';

function memory(): KeyValueStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

describe('author mode: autosave', () => {
  it('gives back what was saved, designs included', () => {
    const store = new AuthorStore(memory());
    const work = { ...emptyWork(), id: 'buffer-orders', hints: ['a hint'], pass: [{ name: 'ok', design: { format: 'cloudwright.design/1' as const, nodes: [{ id: 'q', kind: 'AWS::SQS::Queue' }], edges: [] } }] };
    expect(store.save(work)).toBeUndefined();
    expect(store.load()).toEqual({ work });
  });

  it('starts a new scenario when nothing is saved', () => {
    expect(new AuthorStore(memory()).load()).toEqual({ work: emptyWork() });
  });

  it('starts fresh and says why when the save is damaged', () => {
    const backing = memory();
    backing.items.set('cloudwright.author.work', '{not json');
    const loaded = new AuthorStore(backing).load();
    expect(loaded.work).toEqual(emptyWork());
    expect(loaded.problem).toMatch(/could not be read/);
  });

  it('reports a save the browser refuses instead of throwing', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(new AuthorStore(full).save(emptyWork())).toMatch(/Autosave failed: QuotaExceededError/);
  });
});
