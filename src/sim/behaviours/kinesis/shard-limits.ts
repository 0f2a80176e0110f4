/** Per-shard write limits as plain functions: 1,000 records or 1 MiB per second. */

export const SHARD_RECORDS_PER_SECOND = 1_000;
export const SHARD_BYTES_PER_SECOND = 1_048_576;

export interface ShardWriteWindow {
  second: number;
  records: number;
  bytes: number;
}

/** Counts a write in its second; true when it is over the shard's limit (the write is rejected, not counted). */
export function shardWriteExceeded(window: ShardWriteWindow, bytes: number, at: number): boolean {
  const second = Math.floor(at / 1000);
  if (second !== window.second) {
    window.second = second;
    window.records = 0;
    window.bytes = 0;
  }
  if (window.records + 1 > SHARD_RECORDS_PER_SECOND || window.bytes + bytes > SHARD_BYTES_PER_SECOND) return true;
  window.records++;
  window.bytes += bytes;
  return false;
}
