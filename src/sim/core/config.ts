/** Reads one config value with a fallback, for kinds whose catalog entry may not declare it. */
export function numberSetting(config: Record<string, unknown>, key: string, fallback: number): number {
  const value = config[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function booleanSetting(config: Record<string, unknown>, key: string, fallback: boolean): boolean {
  const value = config[key];
  return typeof value === 'boolean' ? value : fallback;
}

export function stringSetting(config: Record<string, unknown>, key: string, fallback: string): string {
  const value = config[key];
  return typeof value === 'string' ? value : fallback;
}

export function objectSetting(config: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = config[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function listSetting(config: Record<string, unknown>, key: string): unknown[] {
  const value = config[key];
  return Array.isArray(value) ? value : [];
}
