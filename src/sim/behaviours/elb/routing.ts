/**
 * Listener rules as plain functions. An Application Load Balancer reads the HTTP request: with path
 * routing the first path segment (/orders/42 → orders), with host routing the first label of the
 * Host header (orders.example.com → orders) picks the target group, named here by the target node's
 * id; a request no rule matches takes the default rule (the first target). Network and Classic load
 * balancers cannot look inside the request and send every request to the same targets.
 */

export type Routing = 'none' | 'path' | 'host';

/** The message attribute each routing reads: requests carry it like any attribute of a traffic stream. */
export const ROUTING_ATTRIBUTE: Record<Exclude<Routing, 'none'>, string> = { path: 'path', host: 'host' };

/** The rule's key: the first path segment or the first Host label, lower-cased. */
export function ruleKey(routing: Exclude<Routing, 'none'>, value: string): string {
  if (routing === 'path') return value.replace(/^\/+/, '').split(/[/?#]/)[0]!.toLowerCase();
  return value.split('.')[0]!.toLowerCase();
}

/** Index of the target the rule picks among target node ids; 0 (the default rule) when none matches. */
export function ruleTarget(routing: Routing, attributes: Record<string, string>, targets: readonly string[]): number {
  if (routing === 'none') return -1;
  const value = attributes[ROUTING_ATTRIBUTE[routing]];
  if (value === undefined) return 0;
  const key = ruleKey(routing, value);
  const index = targets.findIndex((id) => id.toLowerCase() === key || id.toLowerCase().startsWith(`${key}-`));
  return Math.max(index , 0);
}
