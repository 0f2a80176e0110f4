import type { Design } from '../design/schema.ts';
import { simulate } from '../sim/simulate.ts';
import type { SimulationResult, SimulationSettings } from '../sim/types.ts';

/** The engine's default simulator: the simulation slice's entry point. */
export function simulateDesign(design: Design, settings: SimulationSettings): SimulationResult {
  return simulate(design, settings);
}
