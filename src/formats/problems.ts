/** One thing wrong with an input file, located so a person can find it. */
export interface Problem {
  /** Path into the document, e.g. "nodes[2].config.Timeout"; "" for the whole file. */
  path: string;
  message: string;
  /** 1-based line and column in the source text, when known. */
  line?: number;
  column?: number;
}

export type LoadResult<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** "file.yaml:12:5 nodes[2].config.Timeout: expected number" */
export function describeProblem(problem: Problem, file?: string): string {
  const where = [file, problem.line, problem.line !== undefined ? problem.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const path = problem.path === '' ? '' : `${problem.path}: `;
  return `${where ? `${where} ` : ''}${path}${problem.message}`;
}

export class InputError extends Error {
  constructor(
    readonly problems: Problem[],
    readonly file?: string,
  ) {
    super(problems.map((p) => describeProblem(p, file)).join('\n'));
    this.name = 'InputError';
  }
}
