import type { Problem } from '../../formats/problems.ts';
import type { ParsedTemplate } from './parse-template.ts';

export type Located = (path: Array<string | number>, message: string) => Problem;

/**
 * Makes problems that name their path and, when it can be found, their line: a path into a
 * short-form intrinsic (`!GetAtt X.Arn` is one YAML value) gets the line of that value.
 */
export function locator(locate: ParsedTemplate['locate']): Located {
  return (path, message) => {
    for (let length = path.length; length >= 0; length -= 1) {
      const where = locate(path.slice(0, length));
      if (where) return { path: path.join('.'), message, ...where };
    }
    return { path: path.join('.'), message };
  };
}
