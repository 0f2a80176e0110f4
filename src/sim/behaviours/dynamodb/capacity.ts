/**
 * Provisioned capacity with burst capacity, as plain functions: a bucket refilled at the
 * provisioned rate that holds up to 300 seconds of unused capacity. A request is served while the
 * bucket has its units, else throttled. It starts with one second's worth: only capacity left
 * unused during the run is banked.
 */

export const BURST_WINDOW_SECONDS = 300;

export interface CapacityBank {
  /** Units per second (ReadCapacityUnits or WriteCapacityUnits). */
  rate: number;
  units: number;
  updatedAt: number;
}

export function createBank(rate: number, at = 0): CapacityBank {
  return { rate, units: rate, updatedAt: at };
}

/** Banks the capacity left unused since the last request, up to 300 s of it. */
export function refill(bank: CapacityBank, at: number): void {
  if (at > bank.updatedAt) {
    bank.units = Math.min(bank.rate * BURST_WINDOW_SECONDS, bank.units + (bank.rate * (at - bank.updatedAt)) / 1000);
    bank.updatedAt = at;
  }
}

/** Whether a request of `units` is over what the provisioned rate and the banked burst capacity give now. */
export function capacityExceeded(bank: CapacityBank, units: number, at: number): boolean {
  refill(bank, at);
  return units > bank.units;
}

/** Takes the units of a request that was served. */
export function consume(bank: CapacityBank, units: number): void {
  bank.units -= units;
}
