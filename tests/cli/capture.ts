import type { Io } from '../../src/cli/io.ts';
import { main } from '../../src/cli/main.ts';

/** Runs the CLI in-process and keeps what it printed. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (text) => {
      out += `${text}\n`;
    },
    err: (text) => {
      err += `${text}\n`;
    },
  };
  const code = await main(argv, io);
  return { code, out, err };
}
