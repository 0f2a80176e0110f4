import { defineRule } from '../../define.ts';
import { EMAIL_IDENTITY, TOPIC } from '../kinds.ts';

const REQUIRED = ['Bounce', 'Complaint'] as const;

export const feedbackForwardingNeedsTopics = defineRule({
  id: 'ses/feedback-forwarding-needs-topics',
  severity: 'error',
  title: 'Email feedback forwarding turned off without SNS topics for bounces and complaints',
  source: { section: 'SES', quote: 'It can trigger SNS and Lambda.' },
  facts: [],
  check(design) {
    return design.nodesOfKind(EMAIL_IDENTITY).flatMap((identity) => {
      const feedback = design.config(identity).FeedbackAttributes as { EmailForwardingEnabled?: unknown } | undefined;
      if (feedback?.EmailForwardingEnabled !== false) return [];
      const topicEdges = design.edgesFrom(identity.id, { kind: TOPIC });
      const covered = new Set(topicEdges.flatMap((edge) => notificationTypes(design.edgeConfig(edge).notificationTypes)));
      const missing = REQUIRED.filter((type) => !covered.has(type));
      if (missing.length === 0) return [];
      return [
        {
          message: `${identity.id} turns off email feedback forwarding but sends no ${missing.join(' or ')} notifications to an SNS topic.`,
          why: 'SES must tell you about bounces and complaints one way or another: it lets you turn off forwarding them by email only when SNS topics are set for both Bounce and Complaint notifications.',
          fix: `Add an edge from ${identity.id} to an SNS topic with notificationTypes including ${missing.join(' and ')}, or set FeedbackAttributes.EmailForwardingEnabled back to true.`,
          nodes: [identity.id, ...topicEdges.map((edge) => edge.to)],
          edges: topicEdges.map((edge) => design.edgeKey(edge)),
          property: 'FeedbackAttributes',
        },
      ];
    });
  },
});

function notificationTypes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
