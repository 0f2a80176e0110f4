import type { z } from 'zod';
import { RequirementV1 } from '../../scenario/versions/requirements-v1.ts';

/** How one field of a requirement kind is entered; read from the kind's Zod schema, so a new kind gets its form for free. */
export type FieldInput =
  | { input: 'text' }
  | { input: 'number'; integer: boolean }
  | { input: 'boolean' }
  | { input: 'choice'; options: Array<string | number> }
  /** A list typed comma-separated (kinds, allowed values). */
  | { input: 'list' }
  /** A text that may be a number or true/false (a property's expected value). */
  | { input: 'scalar' }
  /** Every node of a kind, or one node by id. */
  | { input: 'selector' };

export interface RequirementField {
  name: string;
  required: boolean;
  description?: string;
  defaultValue?: unknown;
  input: FieldInput;
}

export interface RequirementKind {
  type: string;
  fields: RequirementField[];
}

/** The fields every requirement has that the author screen shows apart (or not at all: notes override is for YAML authors). */
const COMMON = new Set(['type', 'id', 'label', 'notes']);

type AnySchema = z.ZodType & { def: { type: string } & Record<string, unknown> };

function describe(schema: AnySchema): { required: boolean; defaultValue?: unknown; description?: string; inner: AnySchema } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  let description = schema.meta()?.description as string | undefined;
  for (;;) {
    const { type } = inner.def;
    if (type === 'optional') required = false;
    else if (type === 'default') {
      required = false;
      const value = inner.def.defaultValue;
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
    } else break;
    inner = inner.def.innerType as AnySchema;
    description ??= inner.meta()?.description as string | undefined;
  }
  return { required, ...(defaultValue !== undefined ? { defaultValue } : {}), ...(description ? { description } : {}), inner };
}

function inputFor(schema: AnySchema): FieldInput {
  const def = schema.def;
  switch (def.type) {
    case 'number':
      return { input: 'number', integer: (schema as unknown as { isInt?: boolean }).isInt === true };
    case 'boolean':
      return { input: 'boolean' };
    case 'enum':
      return { input: 'choice', options: Object.values(def.entries as Record<string, string>) };
    case 'array':
      return { input: 'list' };
    case 'union': {
      const options = def.options as AnySchema[];
      if (options.every((option) => option.def.type === 'literal')) return { input: 'choice', options: options.flatMap((option) => option.def.values as Array<string | number>) };
      if (options.every((option) => option.def.type === 'object')) return { input: 'selector' };
      return { input: 'scalar' };
    }
    default:
      return { input: 'text' };
  }
}

/** Every requirement kind of scenario format 1 with the fields its form asks for, in schema order. */
export const REQUIREMENT_KINDS: readonly RequirementKind[] = (RequirementV1.options as unknown as Array<{ shape: Record<string, AnySchema> }>).map((option) => {
  const shape = option.shape;
  const type = (shape.type!.def.values as string[])[0]!;
  const fields = Object.entries(shape)
    .filter(([name]) => !COMMON.has(name))
    .map(([name, schema]) => {
      const { inner, ...rest } = describe(schema);
      return { name, ...rest, input: inputFor(inner) };
    });
  return { type, fields };
});

export function requirementKind(type: string): RequirementKind | undefined {
  return REQUIREMENT_KINDS.find((kind) => kind.type === type);
}

/** The value a field's form input holds, as the scenario stores it; undefined leaves an optional field out. */
export function fieldValue(field: RequirementField, raw: string, selectorBy: 'kind' | 'node' = 'kind'): unknown {
  const text = raw.trim();
  if (text === '') return undefined;
  switch (field.input.input) {
    case 'number':
      return Number(text);
    case 'boolean':
      return text === 'true';
    case 'choice': {
      const match = field.input.options.find((option) => String(option) === text);
      return match ?? text;
    }
    case 'list':
      return text
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => scalar(part));
    case 'scalar':
      return scalar(text);
    case 'selector':
      return selectorBy === 'node' ? { node: text } : { kind: text };
    default:
      return text;
  }
}

/** The text a form input shows for a stored value (the inverse of fieldValue). */
export function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') {
    const selector = value as { kind?: unknown; node?: unknown };
    return String(selector.node ?? (Array.isArray(selector.kind) ? selector.kind.join(', ') : (selector.kind ?? '')));
  }
  return String(value);
}

function scalar(text: string): string | number | boolean {
  if (text === 'true' || text === 'false') return text === 'true';
  if (text !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

/** A new requirement of a kind: id and label to fill in, defaults filled. */
export function newRequirement(type: string, index: number): Record<string, unknown> {
  const kind = requirementKind(type);
  const value: Record<string, unknown> = { id: `${type}-${index + 1}`, label: '', type };
  for (const field of kind?.fields ?? []) if (field.defaultValue !== undefined) value[field.name] = field.defaultValue;
  return value;
}
