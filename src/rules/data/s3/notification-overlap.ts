import { text } from '../config-values.ts';

/** The part of a notification edge's config that decides which objects' events it receives. */
export interface NotificationFilter {
  events: readonly string[];
  prefix: string;
  suffix: string;
}

/** S3's default when an edge names no event types: every object creation. */
const DEFAULT_EVENTS = ['s3:ObjectCreated:*'];

export function notificationFilter(config: Record<string, unknown>): NotificationFilter {
  const events = Array.isArray(config.events) ? config.events.filter((event): event is string => typeof event === 'string') : DEFAULT_EVENTS;
  return { events, prefix: text(config.filterPrefix) ?? '', suffix: text(config.filterSuffix) ?? '' };
}

/** s3:ObjectCreated:* covers s3:ObjectCreated:Put; an exact name covers itself. */
function eventsOverlap(a: string, b: string): boolean {
  const covers = (wide: string, narrow: string) => wide === narrow || (wide.endsWith('*') && narrow.startsWith(wide.slice(0, -1)));
  return covers(a, b) || covers(b, a);
}

/**
 * Two notification configurations overlap when some object key could match both: a common event
 * type, prefixes where one starts the other, suffixes where one ends the other (S3 rejects that).
 */
export function notificationsOverlap(a: NotificationFilter, b: NotificationFilter): boolean {
  const sharedEvent = a.events.some((x) => b.events.some((y) => eventsOverlap(x, y)));
  const prefixes = a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix);
  const suffixes = a.suffix.endsWith(b.suffix) || b.suffix.endsWith(a.suffix);
  return sharedEvent && prefixes && suffixes;
}
