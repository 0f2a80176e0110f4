/** Firehose buffering as plain functions: a buffer is delivered when it reaches its size or its interval elapses, whichever comes first. */

export interface BufferingHints {
  intervalMs: number;
  sizeBytes: number;
}

/** Defaults of BufferingHints: 300 s and 5 MiB. */
export const DEFAULT_BUFFERING: BufferingHints = { intervalMs: 300_000, sizeBytes: 5 * 1_048_576 };

export function bufferFull(bufferedBytes: number, hints: BufferingHints): boolean {
  return bufferedBytes >= hints.sizeBytes;
}
