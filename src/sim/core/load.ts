import type { NodeLoad } from '../types.ts';

export function emptyLoad(): NodeLoad {
  return { received: 0, processed: 0, throttled: 0, errors: 0, peak: 0 };
}

export function notePeak(load: NodeLoad, level: number, capacity?: number): void {
  if (level <= load.peak) return;
  load.peak = level;
  if (capacity !== undefined && capacity > 0) load.utilisation = level / capacity;
}
