/** Variable names that usually hold credentials. */
const SECRET_NAME = /(^|_)(pass(word)?|passwd|secret|token|api_?key|private_?key|credentials?)(_|$)/i;
/** Names that point at where a secret is kept (a parameter name, an ARN), which is the right way. */
const SECRET_REFERENCE = /_(arn|name|param(eter)?|path)$/i;

/** The names in a map of settings that look like they hold a secret value. */
export function secretLookingNames(variables: unknown): string[] {
  if (typeof variables !== 'object' || variables === null) return [];
  return Object.keys(variables).filter((name) => SECRET_NAME.test(name) && !SECRET_REFERENCE.test(name));
}
