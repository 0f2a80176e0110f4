import { readFileSync, statSync } from 'node:fs';
import { PARSE_LIMITS } from '../formats/parse-text.ts';

/** Output sinks, injectable so tests can read what a command printed. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

/** Reads a text file, or says plainly why it cannot be read. */
export function readTextFile(path: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, message: `${path}: is a folder, not a file` };
    if (stat.size > PARSE_LIMITS.maxBytes) return { ok: false, message: `${path}: file is too large (${stat.size} bytes)` };
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { ok: false, message: `${path}: ${reason}` };
  }
}
