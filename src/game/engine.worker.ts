/// <reference lib="webworker" />
import { type Scenario, validateDesign } from '../bridge.ts';
import type { EngineReply, EngineRequest } from './engine-protocol.ts';

/** Runs the engine off the main thread so the canvas keeps drawing while a design is judged. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (message: MessageEvent<EngineRequest>) => {
  const { id, design, scenario } = message.data;
  const reply = (data: EngineReply) => scope.postMessage(data);
  try {
    // The scenario was loaded and checked on the page; structured cloning keeps it plain data.
    const verdict = await validateDesign(design, scenario as Scenario | undefined, (stage) => reply({ id, stage }));
    reply({ id, verdict });
  } catch (error) {
    reply({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
