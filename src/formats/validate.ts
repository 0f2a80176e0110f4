import type { z } from 'zod';
import type { ParsedText } from './parse-text.ts';
import { formatPath, type Problem } from './problems.ts';

/** Turns Zod issues into problems with paths and, where the text is known, lines. */
export function zodProblems(error: z.ZodError, parsed?: ParsedText, prefix: ReadonlyArray<PropertyKey> = []): Problem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const where = parsed?.locate(path) ?? parsed?.locate(path.slice(0, -1));
    return { path: formatPath(path), message: issue.message, ...where };
  });
}
