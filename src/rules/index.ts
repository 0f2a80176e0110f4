import { connectionKey, explainedConnections } from './core/connection-not-offered.ts';
import { rules as compute } from './compute/index.ts';
import { rules as core } from './core/index.ts';
import { rules as data } from './data/index.ts';
import { rules as messaging } from './messaging/index.ts';
import { rules as platform } from './platform/index.ts';
import type { Rule } from './types.ts';

/** Every rule, in a stable order. */
export const RULES: readonly Rule[] = [...core, ...messaging, ...compute, ...data, ...platform];

for (const rule of RULES) {
  if (rule.connection) explainedConnections.add(connectionKey(rule.connection.from, rule.connection.to, rule.connection.role));
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}

export type { Finding, Rule, RuleMeta, RuleReport, Severity } from './types.ts';
