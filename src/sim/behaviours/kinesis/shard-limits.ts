/** Per-shard write limits as plain functions: 1,000 records or 1 MiB per second. */

export const SHARD_RECORDS_PER_SECOND = 1_000;
export const SHARD_BYTES_PER_SECOND = 1_048_576;

export interface ShardWriteWindow {
  second: number;
  records: number;
  bytes: number;
}

/** Counts a write in its second; true when it is over the shard's limit (the write is rejected, not counted). */
export function shardWriteExceeded(rateWindow: ShardWriteWindow, bytes: number, at: number): boolean {
  const second = Math.floor(at / 1000);
  if (second !== rateWindow.second) {
    rateWindow.second = second;
    rateWindow.records = 0;
    rateWindow.bytes = 0;
  }
  if (rateWindow.records + 1 > SHARD_RECORDS_PER_SECOND || rateWindow.bytes + bytes > SHARD_BYTES_PER_SECOND) return true;
  rateWindow.records++;
  rateWindow.bytes += bytes;
  return false;
}
