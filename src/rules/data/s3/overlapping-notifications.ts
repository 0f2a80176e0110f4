import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';
import { notificationFilter, notificationsOverlap } from './notification-overlap.ts';

const DESTINATIONS = ['AWS::Lambda::Function', 'AWS::SQS::Queue', 'AWS::SNS::Topic'];

export const s3OverlappingNotifications = defineRule({
  id: 's3/overlapping-notifications',
  severity: 'error',
  title: 'Two event notifications of one bucket for the same objects and events',
  source: { section: 'Lambda', quote: 'Lambda works on S3 events asynchronously' },
  facts: [],
  check(design) {
    const reports: RuleReport[] = [];
    for (const bucket of design.nodesOfKind('AWS::S3::Bucket')) {
      const notifications = design.edgesFrom(bucket.id, { kind: DESTINATIONS, role: 'none' });
      for (let i = 0; i < notifications.length; i++) {
        for (let j = i + 1; j < notifications.length; j++) {
          const first = notifications[i]!;
          const second = notifications[j]!;
          if (!notificationsOverlap(notificationFilter(design.edgeConfig(first)), notificationFilter(design.edgeConfig(second)))) continue;
          reports.push({
            message: `${bucket.id} notifies both ${first.to} and ${second.to} of the same events for the same keys.`,
            why: 'S3 rejects a notification configuration in which two destinations share an event type for overlapping key prefixes and suffixes ("Configurations overlap"): each event goes to one destination.',
            fix: `Fan out instead: notify one SNS topic (or EventBridge) and subscribe ${first.to} and ${second.to} to it, or give the edges disjoint events or filterPrefix/filterSuffix values.`,
            nodes: [bucket.id, first.to, second.to],
            edges: [design.edgeKey(first), design.edgeKey(second)],
          });
        }
      }
    }
    return reports;
  },
});
