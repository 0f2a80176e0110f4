import { describe, expect, it } from 'vitest';
import { notificationFilter, notificationsOverlap } from '../../../src/rules/data/s3/notification-overlap.ts';

const filter = (events: string[], filterPrefix?: string, filterSuffix?: string) => notificationFilter({ events, filterPrefix, filterSuffix });

describe('S3 notification overlap', () => {
  it('a wildcard event covers the specific events of its family, not other families', () => {
    expect(notificationsOverlap(filter(['s3:ObjectCreated:*']), filter(['s3:ObjectCreated:Put']))).toBe(true);
    expect(notificationsOverlap(filter(['s3:ObjectCreated:Put']), filter(['s3:ObjectCreated:Post']))).toBe(false);
    expect(notificationsOverlap(filter(['s3:ObjectCreated:*']), filter(['s3:ObjectRemoved:*']))).toBe(false);
  });

  it('disjoint prefixes or suffixes keep the same event apart', () => {
    expect(notificationsOverlap(filter(['s3:ObjectCreated:*'], 'images/'), filter(['s3:ObjectCreated:*'], 'videos/'))).toBe(false);
    expect(notificationsOverlap(filter(['s3:ObjectCreated:*'], '', '.jpg'), filter(['s3:ObjectCreated:*'], '', '.png'))).toBe(false);
  });

  it('nested prefixes, or a filter against no filter, still overlap', () => {
    expect(notificationsOverlap(filter(['s3:ObjectCreated:*'], 'images/'), filter(['s3:ObjectCreated:*'], 'images/thumbs/'))).toBe(true);
    expect(notificationsOverlap(filter(['s3:ObjectCreated:*'], 'images/'), filter(['s3:ObjectCreated:*']))).toBe(true);
  });

  it('an edge without events gets S3’s object-created default', () => {
    expect(notificationFilter({}).events).toEqual(['s3:ObjectCreated:*']);
  });
});
