import type { z } from 'zod';
import { limitFor, type PropertyLimit } from '../../bridge.ts';

/** How the inspector edits one config key, read from the catalog's Zod schema. */
export type FieldControl =
  | { control: 'boolean' }
  | { control: 'number'; integer: boolean }
  | { control: 'text' }
  | { control: 'select'; options: string[] }
  | { control: 'multi'; options: string[] }
  | { control: 'list' }
  | { control: 'json' };

export type ConfigField = FieldControl & {
  key: string;
  /** AWS's default (or the game's, for camelCase settings); undefined when there is none. */
  defaultValue?: unknown;
  unit?: string;
  description?: string;
  /** PascalCase keys are CloudFormation properties; camelCase ones are game settings. */
  cloudFormation: boolean;
  limit?: PropertyLimit;
  schema: z.ZodType;
};

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: Array<{ _zod?: { def?: { format?: string } } }>;
  defaultValue?: unknown;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** Every field of a config schema, in the catalog's order. `kind` adds the limits rules enforce. */
export function configFields(schema: z.ZodObject, kind?: string): ConfigField[] {
  return Object.entries(schema.shape).map(([key, property]) => {
    const field = property as z.ZodType;
    const meta = (field.meta() ?? {}) as { unit?: string; description?: string };
    const { inner, defaultValue } = unwrap(field);
    const limit = kind ? limitFor(kind, key) : undefined;
    return {
      key,
      ...controlFor(inner),
      ...(defaultValue !== undefined ? { defaultValue } : {}),
      ...(meta.unit ?? limit?.unit ? { unit: meta.unit ?? limit?.unit } : {}),
      ...(meta.description ? { description: meta.description } : {}),
      cloudFormation: /^[A-Z]/.test(key),
      ...(limit ? { limit } : {}),
      schema: field,
    };
  });
}

function unwrap(schema: z.ZodType): { inner: z.ZodType; defaultValue?: unknown } {
  let current = schema;
  let defaultValue: unknown;
  for (let depth = 0; depth < 10; depth++) {
    const def = defOf(current);
    if ((def.type === 'default' || def.type === 'prefault') && defaultValue === undefined) defaultValue = def.defaultValue;
    if (!def.innerType || !['default', 'prefault', 'optional', 'nullable'].includes(def.type)) break;
    current = def.innerType;
  }
  return { inner: current, defaultValue };
}

function controlFor(schema: z.ZodType): FieldControl {
  const def = defOf(schema);
  switch (def.type) {
    case 'boolean':
      return { control: 'boolean' };
    case 'number':
      return { control: 'number', integer: (def.checks ?? []).some((check) => check._zod?.def?.format?.includes('int')) };
    case 'string':
      return { control: 'text' };
    case 'enum':
      return { control: 'select', options: Object.values(def.entries ?? {}) };
    case 'literal':
      return { control: 'select', options: (def.values ?? []).map(String) };
    case 'array': {
      const element = defOf(def.element!);
      if (element.type === 'enum') return { control: 'multi', options: Object.values(element.entries ?? {}) };
      if (element.type === 'literal') return { control: 'multi', options: (element.values ?? []).map(String) };
      if (element.type === 'string') return { control: 'list' };
      return { control: 'json' };
    }
    default:
      return { control: 'json' };
  }
}

export type FieldInput = string | boolean | string[];
export type ParsedInput = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Turns what the player typed into a config value, checked against the field's schema.
 * An empty entry means "use the default" and yields undefined.
 */
export function parseFieldInput(field: ConfigField, input: FieldInput): ParsedInput {
  let value: unknown;
  if (field.control === 'boolean') value = input === true;
  else if (field.control === 'multi') value = Array.isArray(input) ? input : [];
  else {
    const text = String(input).trim();
    if (text === '') return { ok: true, value: undefined };
    if (field.control === 'number') {
      value = Number(text);
      if (!Number.isFinite(value as number)) return { ok: false, message: `${field.key} must be a number` };
      if (field.integer && !Number.isInteger(value)) return { ok: false, message: `${field.key} must be a whole number` };
    } else if (field.control === 'list') {
      value = text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
    } else if (field.control === 'json') {
      try {
        value = JSON.parse(text);
      } catch {
        return { ok: false, message: `${field.key} must be JSON, e.g. {"Key": "value"} or [ ... ]` };
      }
    } else value = text;
  }
  const checked = field.schema.safeParse(value);
  if (!checked.success) return { ok: false, message: `${field.key}: ${checked.error.issues[0]?.message ?? 'not a valid value'}` };
  return { ok: true, value };
}

/** How a value shows in a text input. */
export function formatFieldValue(field: ConfigField, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.control === 'list' && Array.isArray(value)) return value.join(', ');
  if (field.control === 'json') return JSON.stringify(value);
  return String(value);
}
