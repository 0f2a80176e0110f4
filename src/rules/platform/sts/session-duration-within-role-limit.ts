import { defineRule } from '../../define.ts';
import type { RuleReport } from '../../types.ts';

const MIN_SESSION_SECONDS = 900;
/** A role assumed with another role's credentials (role chaining) gets at most one hour. */
const ROLE_CHAINING_MAX_SECONDS = 3_600;

export const sessionDurationWithinRoleLimit = defineRule({
  id: 'sts/session-duration-within-role-limit',
  severity: 'error',
  title: "AssumeRole asks for a session longer than the role allows",
  source: { section: 'STS', quote: 'Security token service: used to request *temporary* (expire after 1h), limited-privilege credentials for IAM users or for users you authenticate.' },
  facts: ['sts.duration'],
  currentFact:
    "One hour is only AssumeRole's default: a session lasts 900 s up to the role's MaxSessionDuration (1 to 12 hours); role chaining is capped at 1 hour; GetSessionToken allows up to 36 hours.",
  check(design) {
    const reports: RuleReport[] = [];
    for (const role of design.nodesOfKind('AWS::IAM::Role')) {
      const maxSession = Number(design.config(role).MaxSessionDuration);
      for (const edge of design.edgesTo(role.id, { kind: ['Actor::Client', 'AWS::IAM::Role'] })) {
        const asked = Number(design.edgeConfig(edge).sessionDurationSeconds);
        const chained = design.kindOf(edge.from) === 'AWS::IAM::Role';
        const max = chained ? Math.min(maxSession, ROLE_CHAINING_MAX_SECONDS) : maxSession;
        if (asked >= MIN_SESSION_SECONDS && asked <= max) continue;
        const tooShort = asked < MIN_SESSION_SECONDS;
        reports.push({
          message: tooShort
            ? `${edge.from} asks for a ${asked} s session on ${role.id}; STS grants at least 900 s.`
            : `${edge.from} asks for a ${asked} s session on ${role.id}, which allows at most ${max} s${chained ? ' (role chaining)' : ''}.`,
          why: chained
            ? 'When a role is assumed with the temporary credentials of another role (role chaining), STS caps the session at 1 hour whatever MaxSessionDuration says; asking for more fails.'
            : "AssumeRole's DurationSeconds may range from 900 s up to the role's MaxSessionDuration (default 3,600 s, up to 43,200 s); asking for more fails with a ValidationError.",
          fix: tooShort
            ? 'Ask for 900 s or more.'
            : chained
              ? 'Ask for 3,600 s or less, or assume the target role directly with long-term credentials.'
              : `Ask for ${max} s or less, or raise ${role.id}'s MaxSessionDuration (up to 43,200 s).`,
          nodes: [edge.from, role.id],
          edges: [design.edgeKey(edge)],
          property: 'sessionDurationSeconds',
        });
      }
    }
    return reports;
  },
});
