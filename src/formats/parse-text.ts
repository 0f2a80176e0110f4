import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Tags } from 'yaml';
import { formatPath, type Problem } from './problems.ts';

/** Refuse inputs that could exhaust memory or pollute prototypes before any schema sees them. */
export const PARSE_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 64,
  maxNodes: 500_000,
  maxAliasCount: 100,
} as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedText {
  value: unknown;
  /** Finds the line and column of a path into the document, for error messages. */
  locate(path: ReadonlyArray<PropertyKey>): { line: number; column: number } | undefined;
}

export interface ParseTextOptions {
  /** Extra YAML tags this format accepts (e.g. CloudFormation's !Ref); any other tag is still refused. */
  customTags?: Tags;
}

/** Parses JSON or YAML text (JSON is read as YAML 1.2, so both get line numbers). */
export function parseText(
  text: string,
  options: ParseTextOptions = {},
): { ok: true; parsed: ParsedText } | { ok: false; problems: Problem[] } {
  if (typeof text !== 'string') return { ok: false, problems: [{ path: '', message: 'expected text' }] };
  if (text.length > PARSE_LIMITS.maxBytes) {
    return {
      ok: false,
      problems: [{ path: '', message: `file is too large (${text.length} characters; the limit is ${PARSE_LIMITS.maxBytes})` }],
    };
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      ...(options.customTags ? { customTags: options.customTags } : {}),
    });
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `cannot be read: ${(error as Error).message}` }] };
  }
  const position = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        path: '',
        message: `not valid YAML or JSON: ${firstLine(error.message)}`,
        ...position(error.pos[0]),
      })),
    };
  }
  // A format that names its tags refuses every other tag, rather than reading it as plain text.
  const unknownTags = options.customTags ? doc.warnings.filter((warning) => warning.code === 'TAG_RESOLVE_FAILED') : [];
  if (unknownTags.length > 0) {
    return {
      ok: false,
      problems: unknownTags.map((warning) => ({ path: '', message: firstLine(warning.message), ...position(warning.pos[0]) })),
    };
  }
  const shapeProblem = checkShape(doc.contents as Node | null, position);
  if (shapeProblem) return { ok: false, problems: [shapeProblem] };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: PARSE_LIMITS.maxAliasCount });
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `cannot be read: ${firstLine((error as Error).message)}` }] };
  }
  return {
    ok: true,
    parsed: {
      value,
      locate(path) {
        const node = doc.getIn(path as unknown[], true) as Node | undefined;
        const offset = node && 'range' in node ? node.range?.[0] : undefined;
        if (offset === undefined) return undefined;
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
      },
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** Walks the YAML tree once: depth, size and dangerous keys. */
function checkShape(
  root: Node | null,
  position: (offset: number | undefined) => { line?: number; column?: number },
): Problem | undefined {
  let count = 0;
  const stack: Array<{ node: unknown; depth: number; path: PropertyKey[] }> = [{ node: root, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    count += 1;
    if (count > PARSE_LIMITS.maxNodes) return { path: '', message: `document has too many values (over ${PARSE_LIMITS.maxNodes})` };
    if (depth > PARSE_LIMITS.maxDepth) {
      return { path: formatPath(path), message: `nested too deeply (over ${PARSE_LIMITS.maxDepth} levels)` };
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
          const keyNode = pair.key as Node;
          return { path: formatPath([...path, key]), message: `the key "${key}" is not allowed`, ...position(keyNode.range?.[0]) };
        }
        stack.push({ node: pair.value, depth: depth + 1, path: [...path, typeof key === 'string' ? key : '?'] });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        stack.push({ node: item, depth: depth + 1, path: [...path, index] });
      });
    }
  }
  return undefined;
}
