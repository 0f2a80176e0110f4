/// <reference lib="webworker" />
import { type Scenario, testPackFiles, validateDesign } from '../bridge.ts';
import type { EngineReply, EngineRequest } from './engine-protocol.ts';
import { runSandbox } from './model/sandbox-run.ts';

/** Runs the engine off the main thread so the canvas keeps drawing while a design is judged. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (message: MessageEvent<EngineRequest>) => {
  const request = message.data;
  const reply = (data: EngineReply) => scope.postMessage(data);
  if ('packTest' in request) {
    testPackFiles(request.packTest).then(
      (cases) => reply({ id: request.id, cases }),
      (error: unknown) => reply({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  const { id, design } = request;
  try {
    if ('simulate' in request) {
      reply({ id, run: runSandbox(design, request.simulate) });
      return;
    }
    // The scenario was loaded and checked on the page; structured cloning keeps it plain data.
    const verdict = await validateDesign(design, request.scenario as Scenario | undefined, (stage) => reply({ id, stage }));
    reply({ id, verdict });
  } catch (error) {
    reply({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
