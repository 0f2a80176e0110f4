/** The alias callers invoke, as the function's `alias` game setting holds it. */
export interface LambdaAlias {
  Name: string;
  FunctionVersion: string;
  RoutingConfig?: { AdditionalVersionWeights: Array<{ FunctionVersion: string; FunctionWeight: number }> };
}

export const LATEST = '$LATEST';

export function aliasOf(value: unknown): LambdaAlias | undefined {
  return value && typeof value === 'object' && 'FunctionVersion' in value ? (value as LambdaAlias) : undefined;
}
