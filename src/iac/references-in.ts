import { isRecord } from './template.ts';

export interface Reference {
  target: string;
  attribute?: string;
  path: Array<string | number>;
}

/** Every !Ref, !GetAtt and ${X} in !Sub inside a value, with where it is. */
export function referencesIn(value: unknown, path: Array<string | number>, out: Reference[] = []): Reference[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      referencesIn(item, [...path, index], out);
    });
    return out;
  }
  if (!isRecord(value)) return out;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'Ref' && typeof inner === 'string') out.push({ target: inner, path: [...path, key] });
    else if (key === 'Fn::GetAtt') {
      const parts = Array.isArray(inner) ? inner : typeof inner === 'string' ? inner.split('.') : [];
      if (typeof parts[0] === 'string') {
        out.push({ target: parts[0], attribute: typeof parts[1] === 'string' ? parts.slice(1).join('.') : undefined, path: [...path, key] });
      }
    } else if (key === 'Fn::Sub') {
      const [text, variables] = Array.isArray(inner) ? inner : [inner, undefined];
      const local = isRecord(variables) ? new Set(Object.keys(variables)) : new Set<string>();
      if (typeof text === 'string') {
        for (const match of text.matchAll(/\$\{([^}!]+)\}/g)) {
          const [target, ...attribute] = match[1]!.trim().split('.');
          if (!target || local.has(target)) continue;
          out.push({ target, ...(attribute.length > 0 ? { attribute: attribute.join('.') } : {}), path: [...path, key] });
        }
      }
      if (isRecord(variables)) referencesIn(variables, [...path, key, 1], out);
    } else {
      referencesIn(inner, [...path, key], out);
    }
  }
  return out;
}

