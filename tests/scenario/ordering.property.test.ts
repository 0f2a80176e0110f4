import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInversions } from '../../src/scenario/requirements/ordering.ts';
import { message } from './helpers.ts';

/** Random groups of messages with distinct send times and finish times. */
const runs = fc
  .uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 40 })
  .chain((sent) =>
    fc.tuple(
      fc.constant(sent),
      fc.uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), { minLength: sent.length, maxLength: sent.length }),
      fc.array(fc.constantFrom('c1', 'c2', 'c3'), { minLength: sent.length, maxLength: sent.length }),
    ),
  )
  .map(([sent, finished, groups]) =>
    sent.map((sentAt, i) => message(`m${i}`, { sentAt, attributes: { customerId: groups[i]! }, processed: [{ at: finished[i]!, by: 'f' }] })),
  );

/** The slow, obvious definition: some message of the group finished before one sent earlier. */
function outOfOrderByBruteForce(records: ReturnType<typeof message>[]): boolean {
  return records.some((a) => records.some((b) => a.attributes.customerId === b.attributes.customerId && a.sentAt < b.sentAt && b.processed[0]!.at < a.processed[0]!.at));
}

describe('findInversions', () => {
  it('finds an inversion exactly when some pair of a group finished out of send order', () => {
    fc.assert(
      fc.property(runs, (records) => {
        expect(findInversions(records, 'customerId').inversions.length > 0).toBe(outOfOrderByBruteForce(records));
      }),
    );
  });

  it('finds none when every message finishes in send order', () => {
    fc.assert(
      fc.property(runs, (records) => {
        const inOrder = records.map((record) => ({ ...record, processed: [{ at: record.sentAt + 5, by: 'f' }] }));
        expect(findInversions(inOrder, 'customerId').inversions).toEqual([]);
      }),
    );
  });

  it('every inversion it reports is real', () => {
    fc.assert(
      fc.property(runs, (records) => {
        for (const { earlier, later } of findInversions(records, 'customerId').inversions) {
          expect(earlier.attributes.customerId).toBe(later.attributes.customerId);
          expect(earlier.sentAt).toBeLessThan(later.sentAt);
          expect(later.processed[0]!.at).toBeLessThan(earlier.processed[0]!.at);
        }
      }),
    );
  });
});
